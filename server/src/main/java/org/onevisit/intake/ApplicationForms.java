package org.onevisit.intake;

import java.util.List;
import java.util.Map;

import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.FormField;
import org.onevisit.catalog.ItemDetails;
import org.onevisit.catalog.ItemVersion;
import org.springframework.stereotype.Component;

/**
 * The one form (一表申请) of an item or bundle: its fields as the catalog's current versions define them, for a page or
 * a client to ask, and a case's answers with the fields of the versions the case applies under. A bundle's form is
 * the union of its items' fields ({@link FormField#union}).
 */
@Component
class ApplicationForms {

    private final MaterialSets materialSets;
    private final Catalog catalog;

    ApplicationForms(MaterialSets materialSets, Catalog catalog) {
        this.materialSets = materialSets;
        this.catalog = catalog;
    }

    /** The fields a new case of the item or bundle asks. */
    List<FormField> fields(String subject, boolean bundle) {
        return fieldsOf(materialSets.items(subject, bundle));
    }

    /** The answers of a case, with the fields of the published versions it applies under. */
    List<FormAnswer> answers(IntakeCase c) {
        List<ItemDetails> versions = c.application().items().stream()
                .map(i -> catalog.published(i.code(), i.version())).toList();
        return FormAnswer.of(FormField.union(versions), c.parties().form());
    }

    static List<FormField> fieldsOf(List<ItemVersion> items) {
        return FormField.union(items.stream().map(ItemVersion::details).toList());
    }

    /** The answers as a case of these items keeps them, checked ({@link FormAnswerPolicy}). */
    static Map<String, String> checked(List<ItemVersion> items, Map<String, String> answers) {
        return FormAnswerPolicy.checked(fieldsOf(items), answers);
    }
}
