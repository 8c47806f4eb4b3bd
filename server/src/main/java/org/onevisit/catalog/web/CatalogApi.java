package org.onevisit.catalog.web;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.onevisit.catalog.Bundle;
import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.Department;
import org.onevisit.catalog.ItemCode;
import org.onevisit.catalog.ItemDefinition;
import org.onevisit.catalog.ItemHistoryEntry;
import org.onevisit.catalog.ItemPage;
import org.onevisit.catalog.ItemQuery;
import org.onevisit.catalog.ItemType;
import org.onevisit.catalog.ItemVersion;
import org.onevisit.catalog.LifeEvent;
import org.onevisit.platform.JsonApi;
import org.onevisit.platform.Limits;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The catalog as JSON: search and read items, bundles and departments; administrators edit items. */
@JsonApi("/api/v1")
@Tag(name = "Catalog", description = "事项目录、办事指南、一件事")
class CatalogApi {

    private final Catalog catalog;
    private final CatalogEditing editing;

    CatalogApi(Catalog catalog, CatalogEditing editing) {
        this.catalog = catalog;
        this.editing = editing;
    }

    @GetMapping("/items")
    @Operation(summary = "Search service items by words of their name or code, department, type and life event")
    ItemPage items(@RequestParam(defaultValue = "") @Size(max = 100) String q,
            @RequestParam(required = false) @Nullable @Size(max = Limits.DEPARTMENT) String department,
            @RequestParam(required = false) @Nullable ItemType type,
            @RequestParam(required = false) @Nullable LifeEvent lifeEvent,
            @RequestParam(defaultValue = "false") boolean includeRetired,
            @RequestParam(defaultValue = "0") @Min(0) @Max(Limits.PAGE) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(Limits.PAGE_SIZE) int size) {
        return catalog.search(new ItemQuery(q, department, type, lifeEvent, includeRetired, page, size));
    }

    @GetMapping("/items/{code}")
    @Operation(summary = "An item's guide (办事指南) at its current version, or at the version asked for")
    ItemVersion item(@PathVariable @Size(max = Limits.CODE) String code, @RequestParam(required = false) @Nullable @Min(1) Integer version) {
        return version == null ? catalog.item(code) : catalog.item(code, version);
    }

    @GetMapping("/items/{code}/versions")
    @Operation(summary = "The published versions of an item, newest first")
    List<ItemHistoryEntry> versions(@PathVariable @Size(max = Limits.CODE) String code) {
        return catalog.history(code);
    }

    @GetMapping("/bundles")
    @Operation(summary = "All bundles (一件事) with their plans and longest paths")
    List<BundleView> bundles() {
        return catalog.bundles().stream().map(this::view).toList();
    }

    @GetMapping("/bundles/{code}")
    @Operation(summary = "A bundle's guide: its stages, which run in parallel, which wait, and its longest path")
    BundleView bundle(@PathVariable @Size(max = Limits.CODE) String code) {
        return view(catalog.bundle(code));
    }

    @GetMapping("/departments")
    @Operation(summary = "Departments and partner organisations with their counters")
    List<Department> departments() {
        return catalog.departments();
    }

    record NewItem(@NotBlank @Size(max = Limits.CODE) String code, @NotNull @Valid ItemRequest item) {
    }

    record Revision(@Min(1) int basedOn, @NotNull @Valid ItemRequest item) {
    }

    record Retirement(@Min(1) int basedOn, @NotBlank @Size(max = Limits.REMARK) String reason) {
    }

    @PostMapping("/items")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Create an item with its first published version (administrators)")
    ResponseEntity<ItemVersion> create(@RequestBody @Valid NewItem request, Principal user) {
        ItemVersion created = editing.create(new ItemDefinition(new ItemCode(request.code().strip()),
                request.item().toDetails()), user.getName());
        return ResponseEntity.created(URI.create("/api/v1/items/" + created.code())).body(created);
    }

    @PostMapping("/items/{code}/versions")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Publish the next version of an item, edited from version basedOn (administrators)")
    ResponseEntity<ItemVersion> revise(@PathVariable @Size(max = Limits.CODE) String code, @RequestBody @Valid Revision request, Principal user) {
        ItemVersion version = editing.revise(new ItemCode(code), request.item().toDetails(), request.basedOn(), user.getName());
        HttpStatus status = version.version() > request.basedOn() ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(version);
    }

    @PostMapping("/items/{code}/retire")
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Retire an item: it takes no new cases and leaves the public catalog (administrators)")
    ResponseEntity<Void> retire(@PathVariable @Size(max = Limits.CODE) String code, @RequestBody @Valid Retirement request, Principal user) {
        editing.retire(new ItemCode(code), request.reason(), request.basedOn(), user.getName());
        return ResponseEntity.noContent().build();
    }

    private BundleView view(Bundle bundle) {
        return BundleView.of(bundle, catalog.plan(bundle), catalog.itemsOf(bundle));
    }
}
