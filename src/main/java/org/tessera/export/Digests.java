package org.tessera.export;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The size and checksums of one file, computed once while it was streamed.
 *
 * @param size bytes
 * @param sha256 lowercase hex
 * @param md5 lowercase hex, or null when not asked for
 */
public record Digests(long size, String sha256, String md5) {

	/** The digests of bytes in memory (with MD5). */
	public static Digests of(final byte[] bytes) {
		final MessageDigest s = newSha256(), m = newMd5();
		s.update(bytes);
		m.update(bytes);
		return new Digests(bytes.length, hex(s), hex(m));
	}

	static MessageDigest newSha256() {
		return digest("SHA-256");
	}

	static MessageDigest newMd5() {
		return digest("MD5");
	}

	static String hex(final MessageDigest d) {
		return HexFormat.of().formatHex(d.digest());
	}

	private static MessageDigest digest(final String name) {
		try {
			return MessageDigest.getInstance(name);
		}
		catch (final NoSuchAlgorithmException e) {
			throw new IllegalStateException(name + " is part of every Java platform", e);
		}
	}
}
