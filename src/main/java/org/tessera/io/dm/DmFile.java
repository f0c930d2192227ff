package org.tessera.io.dm;

import java.util.List;
import java.util.Map;

/**
 * A parsed DM file: its header and whole tag tree (pixel data left in the file as descriptors).
 *
 * @param file the file path, for messages
 * @param header the header
 * @param tags the root tag group
 */
record DmFile(String file, DmHeader header, Map<String, Object> tags) {

	/** The image groups of the root {@code ImageList}, in file order (empty when there is none). */
	List<Map<String, Object>> images() {
		return DmTree.groups(tags.get("ImageList"));
	}

	/** Whether the image at {@code index} in the ImageList is listed under the root {@code Thumbnails}. */
	boolean isThumbnail(final int index) {
		for (final Map<String, Object> t : DmTree.groups(tags.get("Thumbnails"))) {
			if (t.get("ImageIndex") instanceof Number n && n.longValue() == index) return true;
		}
		return false;
	}
}
