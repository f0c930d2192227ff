package org.tessera.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small InvenioRDM over a real local socket: implements the documented draft, files, commit, metadata
 * and publish endpoints and checks every request (bearer token, content type, JSON bodies); what it
 * objects to is collected in {@link #problems}. Can answer a wrong checksum or a 400 on demand.
 */
public final class InvenioTestServer implements AutoCloseable {

	static final String ID = "k7d2x-q9a31";

	public final List<String> problems = Collections.synchronizedList(new ArrayList<>());
	final List<String> requests = Collections.synchronizedList(new ArrayList<>());
	final Map<String, String> md5 = Collections.synchronizedMap(new LinkedHashMap<>());
	volatile JsonNode metadata;
	public volatile boolean published, wrongChecksum, rejectDraft;

	private final HttpServer server;
	private final String token;

	public InvenioTestServer(final String token) throws IOException {
		this.token = token;
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/api/records", this::handle);
		server.start();
	}

	public String url() {
		return "http://127.0.0.1:" + server.getAddress().getPort();
	}

	@Override
	public void close() {
		server.stop(0);
	}

	// -- Endpoints --

	private void handle(final HttpExchange x) throws IOException {
		final String m = x.getRequestMethod(), p = x.getRequestURI().getRawPath();
		requests.add(m + " " + p);
		final byte[] body = x.getRequestBody().readAllBytes();
		if (!("Bearer " + token).equals(x.getRequestHeaders().getFirst("Authorization"))) {
			problems.add(m + " " + p + ": bad Authorization header");
			answer(x, 403, "{\"message\":\"permission denied\"}");
			return;
		}
		final String draft = "/api/records/" + ID + "/draft";
		if (m.equals("POST") && p.equals("/api/records")) create(x, body);
		else if (m.equals("POST") && p.equals(draft + "/files")) expectJson(x, body, 201, "[");
		else if (m.equals("PUT") && p.startsWith(draft + "/files/") && p.endsWith("/content")) content(x, p, body);
		else if (m.equals("POST") && p.startsWith(draft + "/files/") && p.endsWith("/commit")) commit(x, p);
		else if (m.equals("PUT") && p.equals(draft)) {
			metadata = new ObjectMapper().readTree(body);
			expectJson(x, body, 200, "{");
		}
		else if (m.equals("POST") && p.equals(draft + "/actions/publish")) {
			published = true;
			answer(x, 202, "{\"id\":\"" + ID + "\",\"status\":\"published\"}");
		}
		else {
			problems.add("unexpected " + m + " " + p);
			answer(x, 404, "{\"message\":\"not found\"}");
		}
	}

	private void create(final HttpExchange x, final byte[] body) throws IOException {
		if (rejectDraft) {
			answer(x, 400, "{\"status\":400,\"message\":\"A validation error occurred: title is too long\"}");
			return;
		}
		final JsonNode n = new ObjectMapper().readTree(body);
		if (!n.at("/metadata/title").isTextual() || !n.at("/metadata/creators/0/person_or_org/name").isTextual())
			problems.add("draft without title or creators: " + n);
		expectJson(x, body, 201, "{");
	}

	private void content(final HttpExchange x, final String p, final byte[] body) throws IOException {
		if (!"application/octet-stream".equals(x.getRequestHeaders().getFirst("Content-Type"))) problems.add(p
			+ ": content type " + x.getRequestHeaders().getFirst("Content-Type"));
		md5.put(key(p), Digests.of(body).md5());
		answer(x, 200, "{}");
	}

	private void commit(final HttpExchange x, final String p) throws IOException {
		final String k = key(p), sum = md5.get(k);
		if (sum == null) problems.add(p + ": commit before upload");
		answer(x, 200, "{\"key\":\"" + k + "\",\"checksum\":\"md5:" + (wrongChecksum ? "0".repeat(32) : sum) + "\"}");
	}

	private void expectJson(final HttpExchange x, final byte[] body, final int status, final String start)
		throws IOException
	{
		if (!"application/json".equals(x.getRequestHeaders().getFirst("Content-Type")) || !new String(body,
			StandardCharsets.UTF_8).startsWith(start)) problems.add(x.getRequestURI() + ": not a JSON body");
		answer(x, status, "{\"id\":\"" + ID + "\",\"links\":{}}");
	}

	private static String key(final String p) {
		final String rest = p.substring(p.indexOf("/files/") + 7, p.lastIndexOf('/'));
		return URLDecoder.decode(rest, StandardCharsets.UTF_8);
	}

	private static void answer(final HttpExchange x, final int status, final String json) throws IOException {
		final byte[] b = json.getBytes(StandardCharsets.UTF_8);
		x.getResponseHeaders().add("Content-Type", "application/json");
		x.sendResponseHeaders(status, b.length);
		x.getResponseBody().write(b);
		x.close();
	}
}
