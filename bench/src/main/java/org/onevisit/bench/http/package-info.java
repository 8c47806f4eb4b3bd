/**
 * The hall's peak mix of issue 20 over HTTP against a started server on PostgreSQL, as an open model with staff
 * calling on bearer tokens ({@code bench/http}), and the same mix through HAProxy against three nodes with one killed
 * half-way ({@code bench/cluster}). Never part of the server.
 */
package org.onevisit.bench.http;
