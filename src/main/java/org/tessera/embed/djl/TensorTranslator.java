package org.tessera.embed.djl;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

import java.nio.FloatBuffer;

/**
 * Feeds a {@link RawTensor} to a DJL model as one named input and returns one named output (or the
 * first) as a {@link RawTensor}, copied out of native memory before the predictor frees it.
 */
final class TensorTranslator implements NoBatchifyTranslator<RawTensor, RawTensor> {

	private final String inputName, outputName;

	TensorTranslator(final String inputName, final String outputName) {
		this.inputName = inputName;
		this.outputName = outputName;
	}

	@Override
	public NDList processInput(final TranslatorContext ctx, final RawTensor in) {
		final NDArray a = ctx.getNDManager().create(FloatBuffer.wrap(in.data()), new Shape(in.shape()));
		if (!inputName.isEmpty()) a.setName(inputName);
		return new NDList(a);
	}

	@Override
	public RawTensor processOutput(final TranslatorContext ctx, final NDList list) {
		final NDArray out = outputName.isEmpty() || list.get(outputName) == null ? list.get(0) : list.get(outputName);
		return new RawTensor(out.toFloatArray(), out.getShape().getShape());
	}
}
