package org.onevisit.catalog.web;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.security.Principal;

import org.onevisit.catalog.Catalog;
import org.onevisit.catalog.CatalogDraft;
import org.onevisit.catalog.CatalogEditing;
import org.onevisit.catalog.ImportReport;
import org.onevisit.catalog.transfer.ExcelCatalogReader;
import org.onevisit.catalog.transfer.ExcelCatalogWriter;
import org.onevisit.catalog.transfer.YamlCatalogReader;
import org.onevisit.catalog.transfer.YamlCatalogWriter;
import org.onevisit.platform.DomainException;
import org.onevisit.platform.DomainException.Kind;
import org.onevisit.platform.JsonApi;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Import and export of the whole catalog, as YAML or as an Excel workbook (实施清单). */
@JsonApi("/api/v1/catalog")
@Tag(name = "Catalog transfer", description = "目录导入导出 (YAML, Excel)")
class CatalogTransferApi {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final Catalog catalog;
    private final CatalogEditing editing;

    CatalogTransferApi(Catalog catalog, CatalogEditing editing) {
        this.catalog = catalog;
        this.editing = editing;
    }

    @PostMapping(path = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("hasRole('ADMIN')")
    @Operation(summary = "Import a whole catalog (YAML or .xlsx, told apart by content): all of it, or nothing with every problem listed")
    ImportReport importCatalog(@RequestParam("file") MultipartFile file, Principal user) throws IOException {
        return editing.importCatalog(read(file.getBytes()), user.getName());
    }

    @GetMapping("/export")
    @Operation(summary = "Export the whole catalog as YAML (format=yaml) or as an Excel workbook (format=xlsx)")
    ResponseEntity<byte[]> export(@RequestParam(defaultValue = "yaml") String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        MediaType type;
        switch (format) {
            case "yaml" -> {
                try (var writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
                    YamlCatalogWriter.write(catalog.export(), writer);
                }
                type = new MediaType("application", "yaml", StandardCharsets.UTF_8);
            }
            case "xlsx" -> {
                ExcelCatalogWriter.write(catalog.export(), out);
                type = XLSX;
            }
            default -> throw new DomainException(Kind.INVALID, "catalog-export-format", "Unknown export format " + format, format);
        }
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("catalog." + format).build().toString())
                .body(out.toByteArray());
    }

    /** A workbook is a zip file; anything else is read as YAML text. */
    static CatalogDraft read(byte[] bytes) throws IOException {
        if (bytes.length == 0) {
            throw new DomainException(Kind.INVALID, "catalog-import-empty", "The uploaded file is empty");
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            return ExcelCatalogReader.read(new ByteArrayInputStream(bytes));
        }
        try (var reader = new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8)) {
            return YamlCatalogReader.read(reader);
        }
    }
}
