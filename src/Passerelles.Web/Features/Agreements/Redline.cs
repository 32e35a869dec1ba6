using DiffPlex;
using DiffPlex.Chunkers;

namespace Passerelles.Web.Features.Agreements;

/// <summary>A word-level comparison of two texts, as the pieces a redline shows: kept, deleted or inserted.</summary>
public static class Redline
{
    public enum Change { Kept, Deleted, Inserted }

    public sealed record Piece(Change Change, string Text);

    public static IReadOnlyList<Piece> Compare(string before, string after)
    {
        before = CanonicalText.NormaliseLineEndings(before);
        after = CanonicalText.NormaliseLineEndings(after);
        var diff = Differ.Instance.CreateDiffs(before, after, ignoreWhiteSpace: false, ignoreCase: false, new WordChunker());
        var pieces = new List<Piece>();
        var old = 0;
        var added = 0;
        foreach (var block in diff.DiffBlocks)
        {
            for (; old < block.DeleteStartA; old++, added++) Add(pieces, Change.Kept, diff.PiecesOld[old]);
            for (var i = 0; i < block.DeleteCountA; i++) Add(pieces, Change.Deleted, diff.PiecesOld[old++]);
            for (var i = 0; i < block.InsertCountB; i++) Add(pieces, Change.Inserted, diff.PiecesNew[added++]);
        }
        for (; old < diff.PiecesOld.Count; old++) Add(pieces, Change.Kept, diff.PiecesOld[old]);
        return pieces;
    }

    private static void Add(List<Piece> pieces, Change change, string text)
    {
        if (pieces.Count > 0 && pieces[^1].Change == change) pieces[^1] = pieces[^1] with { Text = pieces[^1].Text + text };
        else pieces.Add(new Piece(change, text));
    }
}
