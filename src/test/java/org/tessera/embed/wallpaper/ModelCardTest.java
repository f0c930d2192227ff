package org.tessera.embed.wallpaper;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped model matches its model card: the committed ONNX file's SHA-256 and size are the ones the
 * card states, it is under 20 MB, and its descriptor names the input, output and normalisation.
 */
class ModelCardTest {

	static final Path CARD = Path.of("models/wallpaper/MODEL_CARD.md");
	static final String ONNX = "/org/tessera/embed/models/wallpaper-v1.onnx";
	static final String DESCRIPTOR = "/org/tessera/embed/models/wallpaper-v1.json";

	@Test
	void onnxFileHasTheCardsSha256AndSize() throws IOException, NoSuchAlgorithmException {
		final String card = Files.readString(CARD);
		final byte[] onnx;
		try (InputStream in = ModelCardTest.class.getResourceAsStream(ONNX)) {
			onnx = in.readAllBytes();
		}
		final String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(onnx));
		assertEquals(field(card, "SHA-256"), sha);
		assertEquals(Long.parseLong(field(card, "Size").replace(",", "")), onnx.length);
		assertTrue(onnx.length < 20 << 20, "ONNX under 20 MB: " + onnx.length);
	}

	@Test
	void descriptorDescribesTheGraph() throws IOException {
		final JsonNode d;
		try (InputStream in = ModelCardTest.class.getResourceAsStream(DESCRIPTOR)) {
			d = new ObjectMapper().readTree(in);
		}
		assertEquals("wallpaper", d.path("name").asText());
		assertEquals("wallpaper-v1.onnx", d.path("model").asText());
		assertEquals("input", d.path("input").path("name").asText());
		assertEquals(128, d.path("input").path("height").asInt());
		assertEquals(1, d.path("input").path("channels").asInt());
		assertEquals("[0.5,99.5]", d.path("input").path("percentiles").toString());
		assertEquals("embedding", d.path("output").path("name").asText());
		assertTrue(d.path("input").path("std").path(0).asDouble() > 0, "std > 0");
	}

	/** The value of a {@code - **Name**: `value`} line of the card. */
	static String field(final String card, final String name) {
		final Matcher m = Pattern.compile("\\*\\*" + Pattern.quote(name) + "\\*\\*: `([^`]+)`").matcher(card);
		assertTrue(m.find(), CARD + " has no **" + name + "** field");
		return m.group(1);
	}
}
