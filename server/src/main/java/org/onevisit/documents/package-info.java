/**
 * Printable documents (文书): receipts, one-time deficiency notices, refusal notices, pledges, decisions and
 * certificates described as {@link org.onevisit.documents.Document blocks of content} and rendered as PDF with
 * embedded Chinese text and verification QR codes by {@link org.onevisit.documents.PdfDocuments}.
 */
@org.jspecify.annotations.NullMarked
package org.onevisit.documents;
