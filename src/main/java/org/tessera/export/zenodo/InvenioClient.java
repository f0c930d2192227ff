package org.tessera.export.zenodo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.tessera.export.ExportException;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The InvenioRDM deposit REST API (Zenodo runs InvenioRDM): draft, file upload and commit, metadata,
 * publish. Every request carries {@code Authorization: Bearer}; errors name the method, URL, status and the
 * server's message; uploads are retried on connection failures and 5xx answers.
 */
final class InvenioClient {

	private static final ObjectMapper JSON = new ObjectMapper();
	private static final int TRIES = 3;

	private final String base, token;
	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

	InvenioClient(final String base, final String token) {
		this.base = base.replaceAll("/+$", "");
		this.token = token;
	}

	/** Creates a draft with this metadata; returns its id. */
	String createDraft(final JsonNode body) throws IOException {
		return call("POST", "/api/records", json(body), 201).get("id").asText();
	}

	/** Declares the files of the draft. */
	void startFiles(final String id, final JsonNode keys) throws IOException {
		call("POST", "/api/records/" + id + "/draft/files", json(keys), 201);
	}

	/** Uploads one file's content and commits it; returns the checksum the server computed. */
	String upload(final String id, final String key, final Path file) throws IOException {
		final String path = "/api/records/" + id + "/draft/files/" + URLEncoder.encode(key, StandardCharsets.UTF_8)
			.replace("+", "%20");
		for (int attempt = 1;; attempt++) {
			try {
				call("PUT", path + "/content", HttpRequest.newBuilder().header("Content-Type", "application/octet-stream")
					.PUT(HttpRequest.BodyPublishers.ofFile(file)), 200);
				break;
			}
			catch (final Retryable e) {
				if (attempt == TRIES) throw e;
			}
		}
		return call("POST", path + "/commit", HttpRequest.newBuilder().POST(HttpRequest.BodyPublishers.noBody()), 200)
			.path("checksum").asText();
	}

	/** Replaces the draft's metadata. */
	void updateDraft(final String id, final JsonNode body) throws IOException {
		call("PUT", "/api/records/" + id + "/draft", json(body).PUT(HttpRequest.BodyPublishers.ofString(body.toString())),
			200);
	}

	/** Publishes the draft; returns the record's JSON. */
	JsonNode publish(final String id) throws IOException {
		return call("POST", "/api/records/" + id + "/draft/actions/publish", HttpRequest.newBuilder().POST(
			HttpRequest.BodyPublishers.noBody()), 202);
	}

	String url(final String path) {
		return base + path;
	}

	// -- Requests --

	private static HttpRequest.Builder json(final JsonNode body) {
		return HttpRequest.newBuilder().header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers
			.ofString(body.toString()));
	}

	private JsonNode call(final String method, final String path, final HttpRequest.Builder b, final int expect)
		throws IOException
	{
		final String url = url(path);
		final HttpRequest req = b.uri(URI.create(url)).timeout(Duration.ofMinutes(10)).header("Authorization", "Bearer "
			+ token).header("Accept", "application/json").build();
		final HttpResponse<String> r;
		try {
			r = http.send(req, HttpResponse.BodyHandlers.ofString());
		}
		catch (final InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new ExportException(method + " " + url + ": interrupted", e);
		}
		catch (final IOException e) {
			throw new Retryable(method + " " + url + ": " + e.getMessage(), e);
		}
		if (r.statusCode() != expect) {
			final String msg = method + " " + url + ": HTTP " + r.statusCode() + ": " + message(r.body());
			throw r.statusCode() >= 500 ? new Retryable(msg, null) : new ExportException(msg);
		}
		return r.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(r.body());
	}

	/** The server's {@code message} field, else the start of its answer. */
	private static String message(final String body) {
		try {
			final JsonNode n = JSON.readTree(body);
			if (n != null && n.has("message")) return n.get("message").asText();
		}
		catch (final IOException e) {
			// NB: not JSON: the text itself is the message.
		}
		return body.length() > 300 ? body.substring(0, 300) + "…" : body;
	}

	/** A failure worth retrying (connection, 5xx). */
	static final class Retryable extends ExportException {

		Retryable(final String message, final Throwable cause) {
			super(message, cause);
		}
	}
}
