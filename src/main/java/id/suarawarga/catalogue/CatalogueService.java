package id.suarawarga.catalogue;

import id.suarawarga.catalogue.CatalogueViews.RegionForm;
import id.suarawarga.catalogue.CatalogueViews.RegionView;
import id.suarawarga.catalogue.CatalogueViews.ServiceForm;
import id.suarawarga.catalogue.CatalogueViews.ServiceView;
import id.suarawarga.catalogue.CatalogueViews.UnitForm;
import id.suarawarga.catalogue.CatalogueViews.UnitView;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Reads and maintains the catalogue of regions, units and public services. Who may change what is
 * {@link CataloguePermissions}' to say; every change asks it before anything else.
 */
@ApplicationScoped
public class CatalogueService {

    @jakarta.inject.Inject
    ServicePlaces places;

    @jakarta.inject.Inject
    CataloguePermissions permissions;

    public PageResult<RegionView> regions(PageRequest page) {
        return PageResult.of(Region.find("order by name, id"), page, RegionView::of);
    }

    /** The regions the caller administers (every region for the operator), for the admin pages. */
    public PageResult<RegionView> administeredRegions(PageRequest page) {
        List<Long> ids = permissions.adminRegions();
        if (ids == null) {
            return regions(page);
        }
        if (ids.isEmpty()) {
            return PageResult.of(Region.find("id is null"), page, RegionView::of);
        }
        return PageResult.of(Region.find("id in ?1 order by name, id", ids), page, RegionView::of);
    }

    /** Whether the caller may create regions (the operator only); the admin pages show the form only then. */
    public boolean mayCreateRegion() {
        return permissions.mayCreateRegion();
    }

    /** Refuses (403) a caller who does not administer the region; for admin pages that only show a form. */
    public void requireAdminOf(String regionCode) {
        permissions.requireRegionAdmin(requireRegion(regionCode));
    }

    public RegionView region(String code) {
        return RegionView.of(requireRegion(code));
    }

    public RegionView region(long id) {
        Region region = Region.findById(id);
        if (region == null) {
            throw ProblemException.notFound("Region", id);
        }
        return RegionView.of(region);
    }

    public PageResult<UnitView> units(String regionCode, PageRequest page) {
        return PageResult.of(Unit.byRegion(requireRegion(regionCode)), page, UnitView::of);
    }

    /** Units at the top of a region's tree (OPDs), for browsing; their children are listed on each unit's page. */
    public PageResult<UnitView> topUnits(String regionCode, PageRequest page) {
        Region region = requireRegion(regionCode);
        return PageResult.of(Unit.find("region = ?1 and parent is null order by name, id", region), page,
                UnitView::of);
    }

    public PageResult<UnitView> childUnits(long unitId, PageRequest page) {
        Unit unit = requireUnit(unitId);
        return PageResult.of(Unit.find("parent = ?1 order by name, id", unit), page, UnitView::of);
    }

    public UnitView unit(long id) {
        return UnitView.of(requireUnit(id));
    }

    public PageResult<ServiceView> services(long unitId, PageRequest page) {
        return PageResult.of(PublicService.byUnit(requireUnit(unitId)), page, ServiceView::of);
    }

    public ServiceView service(long id) {
        return ServiceView.of(requireService(id));
    }

    @Transactional
    public RegionView createRegion(RegionForm form) {
        permissions.requireRegionCreator();
        if (Region.findByCode(form.code()).isPresent()) {
            throw duplicate(form.code());
        }
        Region region = new Region();
        apply(region, form);
        return persist(() -> {
            region.persistAndFlush();
            return RegionView.of(region);
        }, form.code());
    }

    @Transactional
    public RegionView updateRegion(String code, RegionForm form) {
        Region region = requireRegion(code);
        permissions.requireRegionAdmin(region);
        if (!code.equals(form.code()) && Region.findByCode(form.code()).isPresent()) {
            throw duplicate(form.code());
        }
        apply(region, form);
        return persist(() -> {
            region.flush();
            return RegionView.of(region);
        }, form.code());
    }

    @Transactional
    public UnitView createUnit(UnitForm form) {
        requireAdminOfTarget(form);
        if (Unit.findByCode(form.code()).isPresent()) {
            throw duplicate(form.code());
        }
        Unit unit = new Unit();
        apply(unit, form);
        return persist(() -> {
            unit.persistAndFlush();
            return UnitView.of(unit);
        }, form.code());
    }

    @Transactional
    public UnitView updateUnit(long id, UnitForm form) {
        Unit unit = requireUnit(id);
        permissions.requireRegionAdmin(unit.region);
        requireAdminOfTarget(form); // a unit moved to another region: an admin of both
        if (!unit.code.equals(form.code()) && Unit.findByCode(form.code()).isPresent()) {
            throw duplicate(form.code());
        }
        places.clearAfterTransaction(); // the unit may move to another region
        apply(unit, form);
        return persist(() -> {
            unit.flush();
            return UnitView.of(unit);
        }, form.code());
    }

    @Transactional
    public ServiceView createService(ServiceForm form) {
        requireAdminOfTarget(form);
        if (PublicService.findByCode(form.code()).isPresent()) {
            throw duplicate(form.code());
        }
        PublicService service = new PublicService();
        apply(service, form);
        return persist(() -> {
            service.persistAndFlush();
            return ServiceView.of(service);
        }, form.code());
    }

    @Transactional
    public ServiceView updateService(long id, ServiceForm form) {
        PublicService service = requireService(id);
        permissions.requireRegionAdmin(service.unit.region);
        requireAdminOfTarget(form); // a service moved to another unit, maybe of another region
        if (!service.code.equals(form.code()) && PublicService.findByCode(form.code()).isPresent()) {
            throw duplicate(form.code());
        }
        places.clearAfterTransaction(); // the service may move to another unit
        apply(service, form);
        return persist(() -> {
            service.flush();
            return ServiceView.of(service);
        }, form.code());
    }

    /** The region a unit form names; an unknown one is left to {@link #apply(Unit, UnitForm)}'s 422. */
    private void requireAdminOfTarget(UnitForm form) {
        Region.findByCode(form.regionCode()).ifPresent(permissions::requireRegionAdmin);
    }

    /** The region of the unit a service form names; an unknown unit is left to the 422 of apply. */
    private void requireAdminOfTarget(ServiceForm form) {
        if (form.unitId() != null) {
            Unit.<Unit>findByIdOptional(form.unitId()).ifPresent(u -> permissions.requireRegionAdmin(u.region));
        }
    }

    Region requireRegion(String code) {
        return Region.findByCode(code).orElseThrow(() -> ProblemException.notFound("Region", code));
    }

    Unit requireUnit(long id) {
        return Unit.<Unit>findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Unit", id));
    }

    PublicService requireService(long id) {
        return PublicService.<PublicService>findByIdOptional(id)
                .orElseThrow(() -> ProblemException.notFound("Service", id));
    }

    private static void apply(Region region, RegionForm form) {
        region.code = form.code().trim();
        region.name = form.name().trim();
        region.type = form.type();
        region.province = form.province().trim();
    }

    private static void apply(Unit unit, UnitForm form) {
        Region region = Region.findByCode(form.regionCode())
                .orElseThrow(() -> ProblemException.invalid("regionCode",
                        "catalogue.unknown-region", form.regionCode()));
        Unit parent = null;
        if (form.parentId() != null) {
            parent = Unit.<Unit>findByIdOptional(form.parentId())
                    .orElseThrow(() -> ProblemException.invalid("parentId", "catalogue.unknown-parent"));
            if (!parent.region.id.equals(region.id)) {
                throw ProblemException.invalid("parentId",
                        "catalogue.parent-other-region");
            }
            if (unit.id != null && parent.isOrDescendsFrom(unit)) {
                throw ProblemException.invalid("parentId",
                        "catalogue.parent-cycle");
            }
        }
        unit.code = form.code().trim();
        unit.name = form.name().trim();
        unit.type = form.type();
        unit.region = region;
        unit.parent = parent;
        unit.address = blankToNull(form.address());
    }

    private static void apply(PublicService service, ServiceForm form) {
        Unit unit = Unit.<Unit>findByIdOptional(form.unitId())
                .orElseThrow(() -> ProblemException.invalid("unitId", "catalogue.unknown-unit"));
        service.code = form.code().trim();
        service.name = form.name().trim();
        service.description = blankToNull(form.description());
        service.standardUrl = blankToNull(form.standardUrl());
        service.unit = unit;
    }

    /** A concurrent insert of the same code passes the check above and fails at the unique key: still a 409. */
    private static <T> T persist(Supplier<T> work, String code) {
        try {
            return work.get();
        } catch (ConstraintViolationException e) {
            throw duplicate(code);
        } catch (PersistenceException e) {
            if (e.getCause() instanceof ConstraintViolationException) {
                throw duplicate(code);
            }
            throw e;
        }
    }

    private static ProblemException duplicate(String code) {
        return ProblemException.conflict("catalogue.code-taken", "code", code);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
