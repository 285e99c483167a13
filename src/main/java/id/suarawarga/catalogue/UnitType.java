package id.suarawarga.catalogue;

/** Kind of government work unit (OPD and below). */
public enum UnitType {
    DINAS, BADAN, RSUD, PUSKESMAS, KECAMATAN, SEKRETARIAT, KANTOR
}
