package id.suarawarga.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** What the catalogue API reads and writes. Views go out; forms come in and are validated (422 on failure). */
public final class CatalogueViews {

    private CatalogueViews() {
    }

    static final String CODE_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]*";
    /** In ValidationMessages.properties, one language per answer. */
    static final String CODE_MESSAGE = "{catalogue.code-pattern}";
    static final String URL_PATTERN = "https?://[^\\s<>\"']+";

    public record RegionView(Long id, String code, String name, RegionType type, String province) {
        static RegionView of(Region r) {
            return new RegionView(r.id, r.code, r.name, r.type, r.province);
        }
    }

    public record UnitView(Long id, String code, String name, UnitType type, String regionCode, Long parentId,
            String address) {
        static UnitView of(Unit u) {
            return new UnitView(u.id, u.code, u.name, u.type, u.region.code, u.parent == null ? null : u.parent.id,
                    u.address);
        }
    }

    public record ServiceView(Long id, String code, String name, String description, String standardUrl,
            Long unitId) {
        static ServiceView of(PublicService s) {
            return new ServiceView(s.id, s.code, s.name, s.description, s.standardUrl, s.unit.id);
        }
    }

    public record RegionForm(
            @NotBlank @Size(max = 16) @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = 120) String name,
            @NotNull RegionType type,
            @NotBlank @Size(max = 120) String province) {
    }

    public record UnitForm(
            @NotBlank @Size(max = 32) @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = 200) String name,
            @NotNull UnitType type,
            @NotBlank @Size(max = 16) String regionCode,
            @Positive Long parentId,
            @Size(max = 300) String address) {
    }

    public record ServiceForm(
            @NotBlank @Size(max = 48) @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2000) String description,
            @Size(max = 500) @Pattern(regexp = URL_PATTERN, message = "{catalogue.url-pattern}") String standardUrl,
            @NotNull @Positive Long unitId) {
    }
}
