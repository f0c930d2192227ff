package org.tessera.embed.djl;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import org.tessera.embed.EmbedException;

import java.util.Map;

/**
 * The first input of an ONNX model as ONNX Runtime reports it, for a bare {@code .onnx} file whose
 * descriptor leaves the input size open.
 * <p>
 * NB: DJL's ONNX Runtime engine reports input names but not shapes, so this opens a second, short-lived
 * session on the file (only when the size is not in a descriptor).
 * </p>
 */
final class OnnxInputs {

	private OnnxInputs() {}

	/** The descriptor with the input name and C, H, W filled in from the model where they were open. */
	static ModelDescriptor complete(final ModelDescriptor d) throws EmbedException {
		if (!d.format().equals("onnx") || d.channels() > 0 && d.height() > 0 && d.width() > 0) return d;
		try (OrtSession.SessionOptions o = new OrtSession.SessionOptions();
			OrtSession s = OrtEnvironment.getEnvironment().createSession(d.model().toString(), o))
		{
			final Map.Entry<String, NodeInfo> first = s.getInputInfo().entrySet().iterator().next();
			if (!(first.getValue().getInfo() instanceof TensorInfo t) || t.getShape().length != 4) return d;
			final long[] shape = t.getShape();
			return d.withInputShape(first.getKey(), (int) shape[1], (int) shape[2], (int) shape[3]);
		}
		catch (final OrtException e) {
			throw new EmbedException(d.model() + ": cannot read the model's inputs: " + e.getMessage(), e);
		}
	}
}
