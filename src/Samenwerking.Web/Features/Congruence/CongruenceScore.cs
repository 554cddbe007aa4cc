namespace Samenwerking.Web.Features.Congruence;

/// <summary>
/// How much the partner sets of several arrangements overlap: the mean Jaccard index (shared partners divided by
/// all partners) over every pair. 1 means the same partners everywhere, 0 never the same one.
/// </summary>
public static class CongruenceScore
{
    public static double Jaccard<T>(IReadOnlySet<T> first, IReadOnlySet<T> second)
    {
        if (first.Count == 0 && second.Count == 0)
        {
            return 1;
        }

        var shared = first.Count(second.Contains);
        return (double)shared / (first.Count + second.Count - shared);
    }

    /// <summary>The mean pairwise Jaccard index; null for fewer than two sets (nothing to compare).</summary>
    public static double? Of<T>(IReadOnlyList<IReadOnlySet<T>> sets)
    {
        if (sets.Count < 2)
        {
            return null;
        }

        var total = 0d;
        var pairs = 0;
        for (var i = 0; i < sets.Count; i++)
        {
            for (var j = i + 1; j < sets.Count; j++)
            {
                total += Jaccard(sets[i], sets[j]);
                pairs++;
            }
        }

        return total / pairs;
    }

    /// <summary>The score in plain Dutch, for a council member who never heard of Jaccard.</summary>
    public static string Explain(double? score, int arrangements) => score switch
    {
        null when arrangements == 0 => "Geen samenwerkingsverbanden op dit terrein.",
        null => "Eén samenwerkingsverband: er is niets te vergelijken.",
        >= 0.999 => "Volledig congruent: in al deze verbanden dezelfde partners.",
        >= 0.75 => "Sterk congruent: grotendeels dezelfde partners.",
        >= 0.5 => "Deels congruent: een vaste kern, met wisselende partners daaromheen.",
        >= 0.25 => "Weinig congruent: per verband vaak andere partners.",
        _ => "Niet congruent: bijna steeds andere partners.",
    };
}
