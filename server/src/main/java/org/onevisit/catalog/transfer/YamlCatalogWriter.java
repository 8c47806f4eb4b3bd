package org.onevisit.catalog.transfer;

import java.io.Writer;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.onevisit.catalog.ApplicantRole;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.CatalogDocument;
import org.onevisit.catalog.Department;
import org.onevisit.catalog.DeemedConsent;
import org.onevisit.catalog.FormField;
import org.onevisit.catalog.ItemDefinition;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.catalog.Material;
import org.onevisit.catalog.TimeLimit;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** Writes the catalog in the YAML format that {@link YamlCatalogReader} reads back unchanged. */
public final class YamlCatalogWriter {

    private YamlCatalogWriter() {
    }

    public static void write(CatalogDocument catalog, Writer out) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("format", YamlCatalogReader.FORMAT);
        doc.put("departments", catalog.departments().stream().map(YamlCatalogWriter::department).toList());
        doc.put("items", catalog.items().stream().map(YamlCatalogWriter::item).toList());
        doc.put("bundles", catalog.bundles().stream().map(YamlCatalogWriter::bundle).toList());
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(0);
        options.setWidth(160);
        options.setSplitLines(false);
        options.setDereferenceAliases(true);
        new Yaml(options).dump(doc, out);
    }

    private static Map<String, Object> department(Department d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", d.code());
        m.put("name", d.name());
        m.put("nameEn", d.nameEn());
        m.put("kind", d.kind().name());
        m.put("sector", d.sector().name());
        m.put("creditCode", d.creditCode());
        m.put("phone", d.phone());
        m.put("counters", d.counters().stream().map(c -> Map.of("number", c.number(), "name", c.name())).toList());
        return m;
    }

    private static Map<String, Object> item(ItemDefinition item) {
        ItemDetails d = item.details();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", item.code().value());
        m.put("name", d.name());
        m.put("nameEn", d.nameEn());
        m.put("type", d.type().name());
        m.put("department", d.department());
        m.put("jointDepartments", d.jointDepartments());
        m.put("servedParty", d.servedParty().name());
        m.put("lifeEvents", names(d.lifeEvents()));
        m.put("legalLimit", limit(d.legalLimit()));
        m.put("promisedLimit", limit(d.promisedLimit()));
        m.put("limitsIllustrative", d.limitsIllustrative());
        m.put("requiredVisits", d.requiredVisits());
        m.put("visitsReason", d.visitsReason());
        m.put("onlineDepth", names(d.onlineDepth()));
        m.put("expressAllowed", d.expressAllowed());
        m.put("fees", d.fees().stream().map(f -> ordered("name", f.name(), "standard", f.standard(), "basis", f.basis(),
                "waivable", f.waivable())).toList());
        m.put("legalBasis", d.legalBasis());
        m.put("acceptanceConditions", d.acceptanceConditions());
        m.put("specialProcedures", d.specialProcedures().stream().map(p -> {
            Map<String, Object> sp = ordered("kind", p.kind().name());
            if (p.maxDays() != null) {
                sp.put("maxDays", p.maxDays());
            }
            sp.put("note", p.note());
            return sp;
        }).toList());
        if (d.deemedConsent() != DeemedConsent.REGIONAL_DEFAULT) {
            m.put("deemedConsent", d.deemedConsent() == DeemedConsent.ALLOWED);
        }
        m.put("resultType", d.resultType().name());
        m.put("resultName", d.resultName());
        m.put("materials", d.materials().stream().map(YamlCatalogWriter::material).toList());
        if (!d.applicantRoles().isEmpty()) {
            m.put("applicantRoles", roles(d.applicantRoles()));
        }
        if (!d.formFields().isEmpty()) {
            m.put("formFields", d.formFields().stream().map(YamlCatalogWriter::formField).toList());
        }
        return m;
    }

    private static Map<String, Object> material(Material x) {
        Map<String, Object> m = ordered("name", x.name());
        if (!x.nameEn().isEmpty()) {
            m.put("nameEn", x.nameEn());
        }
        m.putAll(ordered("necessity", x.necessity().name(), "form", x.form().name(),
                "copyKind", x.copyKind().name(), "originals", x.originals(), "copies", x.copies(),
                "source", x.source().name(), "certificateType", x.certificateType(), "note", x.note()));
        return m;
    }

    /** A field with only what it sets: its limits, options and hints where it has them. */
    private static Map<String, Object> formField(FormField f) {
        Map<String, Object> m = ordered("key", f.key(), "label", f.label(), "labelEn", f.labelEn(),
                "type", f.type().name(), "required", f.required());
        optional(m, "maxLength", f.limits().maxLength());
        optional(m, "min", f.limits().min());
        optional(m, "max", f.limits().max());
        if (!f.options().isEmpty()) {
            m.put("options", f.options().stream().map(o -> ordered("name", o.name(), "nameEn", o.nameEn())).toList());
        }
        if (!f.hint().isEmpty()) {
            m.put("hint", f.hint());
        }
        if (!f.hintEn().isEmpty()) {
            m.put("hintEn", f.hintEn());
        }
        return m;
    }

    private static void optional(Map<String, Object> m, String key, @org.jspecify.annotations.Nullable Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }

    private static Map<String, Object> bundle(Bundle b) {
        Map<String, Object> m = ordered("code", b.code(), "name", b.name(), "nameEn", b.nameEn(),
                "description", b.description(), "lifeEvents", names(b.lifeEvents()), "leadDepartment", b.leadDepartment());
        m.put("stages", b.stages().stream().map(s -> ordered("key", s.key(), "name", s.name(), "items", s.items(),
                "after", s.after(), "joint", s.joint().name())).toList());
        if (!b.applicantRoles().isEmpty()) {
            m.put("applicantRoles", roles(b.applicantRoles()));
        }
        return m;
    }

    private static List<Map<String, Object>> roles(List<ApplicantRole> roles) {
        return roles.stream().map(r -> ordered("key", r.key(), "name", r.name(), "nameEn", r.nameEn(),
                "atLeast", r.atLeast())).toList();
    }

    private static Map<String, Object> limit(TimeLimit limit) {
        return ordered("days", limit.days(), "unit", limit.unit().name());
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().sorted().map(Enum::name).toList();
    }

    private static Map<String, Object> ordered(Object... keyValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }
}
