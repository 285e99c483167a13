package id.suarawarga.catalogue;

/** Second-level administrative region: kabupaten (regency) or kota (city). */
public enum RegionType {
    KABUPATEN, KOTA
}
