package org.tessera.embed;

/**
 * Extension point for embedders, found with {@link java.util.ServiceLoader} (listed in
 * {@code META-INF/services/org.tessera.embed.EmbedderProvider}) and known by a stable name.
 * <p>
 * To add one: implement this interface, register it, and subclass the embedder contract test.
 * </p>
 */
public interface EmbedderProvider {

	/** The stable name of the embedders this makes. */
	String name();

	/** One line for help texts and the Fiji dialog: what it is and what it is good at. */
	String description();

	/**
	 * Makes an embedder.
	 *
	 * @throws EmbedException naming the model and the cause (missing file, bad descriptor, engine failure)
	 */
	Embedder create(EmbedOptions options) throws EmbedException;
}
