package org.onevisit.catalog.transfer;

import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.onevisit.catalog.ApplicantRole;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.CatalogDraft;
import org.onevisit.catalog.CatalogDraft.Sourced;
import org.onevisit.catalog.CopyKind;
import org.onevisit.catalog.Counter;
import org.onevisit.catalog.DayUnit;
import org.onevisit.catalog.Department;
import org.onevisit.catalog.DepartmentKind;
import org.onevisit.catalog.Fee;
import org.onevisit.catalog.FieldLimits;
import org.onevisit.catalog.FieldOption;
import org.onevisit.catalog.FieldType;
import org.onevisit.catalog.FormField;
import org.onevisit.catalog.ImportProblem;
import org.onevisit.catalog.ImportProblem.Where;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.DeemedConsent;
import org.onevisit.catalog.ItemDefinition;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.catalog.ItemType;
import org.onevisit.catalog.JointMode;
import org.onevisit.catalog.LifeEvent;
import org.onevisit.catalog.Material;
import org.onevisit.catalog.MaterialForm;
import org.onevisit.catalog.MaterialSource;
import org.onevisit.catalog.Necessity;
import org.onevisit.catalog.OnlineDepth;
import org.onevisit.catalog.ResultType;
import org.onevisit.catalog.Sector;
import org.onevisit.catalog.ServedParty;
import org.onevisit.catalog.SpecialProcedure;
import org.onevisit.catalog.SpecialProcedureKind;
import org.onevisit.catalog.Stage;
import org.onevisit.catalog.TimeLimit;
import org.onevisit.platform.DomainException;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/** Reads a catalog document in the YAML format of {@code docs/catalog-format.md}. */
public final class YamlCatalogReader {

    public static final String FORMAT = "onevisit-catalog/1";

    private final List<ImportProblem> problems = new ArrayList<>();
    private final Set<String> declaredDepartments = new HashSet<>();
    private final Set<String> declaredItems = new HashSet<>();

    private YamlCatalogReader() {
    }

    public static CatalogDraft read(Reader source) {
        return new YamlCatalogReader().readDocument(source);
    }

    private CatalogDraft readDocument(Reader source) {
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(20);
            options.setAllowDuplicateKeys(false);
            options.setCodePointLimit(50 * 1024 * 1024);
            root = new Yaml(options).compose(source);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            return failed(ImportProblem.at(Where.path("$", line), "yaml-syntax", String.valueOf(e.getProblem())));
        } catch (YAMLException e) {
            return failed(ImportProblem.at(Where.path("$", 0), "yaml-syntax", String.valueOf(e.getMessage())));
        }
        if (root == null) {
            return failed(ImportProblem.at(Where.path("$", 0), "empty-document"));
        }
        YamlNode doc = new YamlNode("$", root, problems);
        String format = doc.optionalText("format");
        if (!format.isEmpty() && !FORMAT.equals(format)) {
            problems.add(ImportProblem.at(doc.at("format"), "unknown-format", format, FORMAT));
        }
        List<Sourced<Department>> departments = doc.list("departments", false).stream().map(this::department).toList();
        List<Sourced<ItemDefinition>> items = new ArrayList<>();
        for (YamlNode n : doc.list("items", false)) {
            item(n, items);
        }
        List<Sourced<Bundle>> bundles = doc.list("bundles", false).stream().map(this::bundle).toList();
        doc.rejectUnknownFields();
        return new CatalogDraft(departments, items, bundles, problems, declaredDepartments, declaredItems);
    }

    private CatalogDraft failed(ImportProblem problem) {
        return new CatalogDraft(List.of(), List.of(), List.of(), List.of(problem), Set.of(), Set.of());
    }

    private Sourced<Department> department(YamlNode n) {
        String code = n.text("code");
        declaredDepartments.add(code);
        List<Counter> counters = n.list("counters", false).stream().map(c -> {
            Counter counter = new Counter(c.text("number"), c.text("name"));
            c.rejectUnknownFields();
            return counter;
        }).toList();
        Department d = new Department(code, n.text("name"), n.optionalText("nameEn"),
                n.choice("kind", DepartmentKind.class, DepartmentKind.DEPARTMENT),
                n.choice("sector", Sector.class, Sector.OTHER_DEPARTMENT), n.text("creditCode"), n.optionalText("phone"),
                counters);
        n.rejectUnknownFields();
        return new Sourced<>(d, field -> locate(n, field));
    }

    private void item(YamlNode n, List<Sourced<ItemDefinition>> items) {
        String code = n.text("code");
        declaredItems.add(code);
        ItemCode itemCode;
        try {
            itemCode = new ItemCode(code);
        } catch (DomainException e) {
            problems.add(ImportProblem.at(n.at("code"), "item-code-format", code));
            itemCode = null;
        }
        TimeLimit legal = limit(n, "legalLimit");
        TimeLimit promised = limit(n, "promisedLimit");
        List<Material> materials = n.list("materials", true).stream().map(this::material).toList();
        List<Fee> fees = n.list("fees", false).stream().map(f -> {
            Fee fee = new Fee(f.text("name"), f.optionalText("standard"), f.optionalText("basis"), f.bool("waivable"));
            f.rejectUnknownFields();
            return fee;
        }).toList();
        List<SpecialProcedure> procedures = n.list("specialProcedures", false).stream().map(p -> {
            SpecialProcedure sp = new SpecialProcedure(p.choice("kind", SpecialProcedureKind.class,
                    SpecialProcedureKind.SITE_INSPECTION), p.optionalInteger("maxDays"), p.optionalText("note"));
            p.rejectUnknownFields();
            return sp;
        }).toList();
        ItemDetails details = new ItemDetails(n.text("name"), n.optionalText("nameEn"),
                n.choice("type", ItemType.class, ItemType.PUBLIC_SERVICE), n.text("department"),
                n.strings("jointDepartments"), n.choice("servedParty", ServedParty.class, ServedParty.BOTH),
                n.choices("lifeEvents", LifeEvent.class), legal, promised, n.bool("limitsIllustrative"),
                n.integer("requiredVisits", 0), n.optionalText("visitsReason"), n.choices("onlineDepth", OnlineDepth.class),
                n.bool("expressAllowed"), fees, n.optionalText("legalBasis"), n.optionalText("acceptanceConditions"),
                procedures, n.present("deemedConsent") ? DeemedConsent.of(n.bool("deemedConsent")) : DeemedConsent.REGIONAL_DEFAULT,
                n.choice("resultType", ResultType.class, ResultType.OTHER), n.optionalText("resultName"),
                materials, applicantRoles(n), formFields(n));
        n.rejectUnknownFields();
        if (itemCode != null) {
            items.add(new Sourced<>(new ItemDefinition(itemCode, details), field -> locate(n, field)));
        }
    }

    private TimeLimit limit(YamlNode item, String field) {
        YamlNode n = item.child(field);
        int days = n.integer("days", 0);
        DayUnit unit = n.choice("unit", DayUnit.class, DayUnit.WORKING);
        n.rejectUnknownFields();
        if (days < 0 || days > 3650) {
            problems.add(ImportProblem.at(n.at("days"), "days-range", days));
            days = 0;
        }
        return new TimeLimit(days, unit);
    }

    private Material material(YamlNode m) {
        Material material = new Material(m.text("name"), m.choice("necessity", Necessity.class, Necessity.REQUIRED),
                m.choice("form", MaterialForm.class, MaterialForm.PAPER),
                m.choice("copyKind", CopyKind.class, CopyKind.ORIGINAL), m.integer("originals", 0),
                m.integer("copies", 0), m.choice("source", MaterialSource.class, MaterialSource.APPLICANT),
                m.optionalText("certificateType"), m.optionalText("note"), m.optionalText("nameEn"));
        m.rejectUnknownFields();
        return material;
    }

    /** The roles of the applicants an item or bundle needs, e.g. buyer and seller; none for one applicant. */
    private static List<ApplicantRole> applicantRoles(YamlNode n) {
        return n.list("applicantRoles", false).stream().map(r -> {
            ApplicantRole role = new ApplicantRole(r.text("key"), r.text("name"), r.optionalText("nameEn"),
                    r.integer("atLeast", 1));
            r.rejectUnknownFields();
            return role;
        }).toList();
    }

    /** The fields of an item's application form; none when it asks nothing beyond the applicant's identity. */
    private static List<FormField> formFields(YamlNode n) {
        return n.list("formFields", false).stream().map(f -> {
            List<FieldOption> options = f.list("options", false).stream().map(o -> {
                FieldOption option = new FieldOption(o.text("name"), o.optionalText("nameEn"));
                o.rejectUnknownFields();
                return option;
            }).toList();
            FormField field = new FormField(f.text("key"), f.text("label"), f.optionalText("labelEn"),
                    f.choice("type", FieldType.class, FieldType.TEXT), f.bool("required"),
                    new FieldLimits(f.optionalInteger("maxLength"), f.optionalLong("min"), f.optionalLong("max")),
                    options, f.optionalText("hint"), f.optionalText("hintEn"));
            f.rejectUnknownFields();
            return field;
        }).toList();
    }

    private Sourced<Bundle> bundle(YamlNode n) {
        List<Stage> stages = n.list("stages", true).stream().map(s -> {
            Stage stage = new Stage(s.text("key"), s.text("name"), s.strings("items"), s.strings("after"),
                    s.optionalChoice("joint", JointMode.class, JointMode.NONE));
            s.rejectUnknownFields();
            return stage;
        }).toList();
        Bundle b = new Bundle(n.text("code"), n.text("name"), n.optionalText("nameEn"), n.optionalText("description"),
                n.choices("lifeEvents", LifeEvent.class), n.text("leadDepartment"), stages, applicantRoles(n));
        n.rejectUnknownFields();
        return new Sourced<>(b, field -> locate(n, field));
    }

    /** A field such as {@code materials[2].name} of an entry: its path, at the line of the entry. */
    private static Where locate(YamlNode n, String field) {
        return field.contains("[") ? Where.path(n.path() + "." + field, n.line()) : n.at(field);
    }
}
