package org.tessera.index;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Which clauses of a query each hit of a page matched ("instrument.beamEnergy:[200.0 TO 300.0];
 * detector:haadf"), built in one pass: the query is rewritten once, each Boolean clause gets one
 * Weight, and each segment one iterator per clause, advanced in doc order through that segment's hits.
 * NB: {@code IndexSearcher.explain} per hit built a scorer per hit; for point ranges each one walks
 * the segment's BKD tree, which made a page of k hits cost k more queries.
 */
final class HitExplanations {

	/** A clause: its label, its weight (null for the root, which every hit matches), its sub-clauses. */
	private record Clause(String label, Weight weight, List<Clause> children) {}

	private final List<LeafReaderContext> leaves;
	private final Clause root;

	private HitExplanations(final IndexSearcher searcher, final Query q) throws IOException {
		this.leaves = searcher.getIndexReader().leaves();
		final Query rewritten = searcher.rewrite(q);
		this.root = new Clause(label(rewritten), null, children(searcher, rewritten));
	}

	/** The explanation of each of {@code docs} (top-level doc ids, in any order), in the same order. */
	static List<String> of(final IndexSearcher searcher, final Query q, final int[] docs) throws IOException {
		return new HitExplanations(searcher, q).explain(docs);
	}

	private List<String> explain(final int[] docs) throws IOException {
		final String[] out = new String[docs.length];
		Map<Clause, DocIdSetIterator> iterators = new IdentityHashMap<>();
		int leaf = -1;
		for (final int i : IntStream.range(0, docs.length).boxed().sorted(Comparator.comparingInt(j -> docs[j])).toList()) {
			final int l = ReaderUtil.subIndex(docs[i], leaves);
			if (l != leaf) iterators = new IdentityHashMap<>();
			leaf = l;
			final List<String> labels = new ArrayList<>();
			matched(root, leaves.get(l), docs[i] - leaves.get(l).docBase, iterators, labels);
			out[i] = join(labels);
		}
		return List.of(out);
	}

	/** Adds the labels of the leaf clauses under {@code c} (which matched {@code doc}) that match it too. */
	private static void matched(final Clause c, final LeafReaderContext ctx, final int doc,
		final Map<Clause, DocIdSetIterator> iterators, final List<String> out) throws IOException
	{
		if (c.children().isEmpty()) out.add(c.label());
		for (final Clause sub : c.children()) {
			DocIdSetIterator it = iterators.get(sub);
			if (it == null) iterators.put(sub, it = iterator(sub.weight(), ctx));
			if (it.docID() < doc) it.advance(doc);
			if (it.docID() == doc) matched(sub, ctx, doc, iterators, out);
		}
	}

	// -- Helper methods --

	private static List<Clause> children(final IndexSearcher searcher, final Query q) throws IOException {
		final List<Clause> out = new ArrayList<>();
		if (!(q instanceof BooleanQuery b)) return out;
		for (final BooleanClause c : b.clauses()) {
			if (c.occur() == BooleanClause.Occur.MUST_NOT) continue;
			out.add(new Clause(label(c.query()), searcher.createWeight(c.query(), ScoreMode.COMPLETE, 1f),
				children(searcher, c.query())));
		}
		return out;
	}

	private static DocIdSetIterator iterator(final Weight w, final LeafReaderContext ctx) throws IOException {
		final ScorerSupplier s = w.scorerSupplier(ctx);
		return s == null ? DocIdSetIterator.empty() : s.get(Long.MAX_VALUE).iterator();
	}

	private static String label(final Query q) {
		if (q instanceof BoostQuery b) return label(b.getQuery());
		if (q instanceof ConstantScoreQuery c) return label(c.getQuery());
		return q.toString();
	}

	private static String join(final List<String> labels) {
		final String s = String.join("; ", labels);
		return s.length() > 300 ? s.substring(0, 297) + "..." : s;
	}
}
