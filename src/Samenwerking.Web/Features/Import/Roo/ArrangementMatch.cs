using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>
/// The fallback for arrangements without a national id (entered by hand before the import): a regeling is the same
/// arrangement when the distinctive words of the names agree and so do the members. Members alone say little — a
/// GGD has the same members as its veiligheidsregio — so only a name that agrees with different members is a doubt
/// worth an administrator's look.
/// </summary>
internal static class ArrangementMatch
{
    private const double SameMembers = 0.8;
    private const double SameName = 0.5;

    /// <summary>Words every regeling's name may carry; they say nothing about which regeling it is.</summary>
    private static readonly HashSet<string> CommonWords =
    [
        "gemeenschappelijke", "gemeenschappelijk", "regeling", "gr", "de", "het", "een", "van", "voor", "en", "in", "op", "te", "tot",
        "openbaar", "lichaam", "bedrijfsvoeringsorganisatie", "orgaan", "gemeente", "gemeenten", "samenwerking", "samenwerkingsverband",
        "regio", "regionaal", "regionale", "voorbeeld",
    ];

    public static Arrangement? Find(RooRegeling regeling, IEnumerable<Arrangement> candidates, ImportReport report)
    {
        var title = Words(regeling.Title);
        if (regeling.CitationTitle is { } citation)
        {
            title.UnionWith(Words(citation));
        }

        var codes = regeling.Participants.Where(p => p.TooiKind == "gemeente").Select(p => p.TooiCode).OfType<string>().ToHashSet();
        (Arrangement Candidate, double Name, double Members)? best = null;
        foreach (var candidate in candidates)
        {
            var members = candidate.Memberships.Where(m => m.Municipality is not null && m.LeaveDate is null).Select(m => m.Municipality!.Code).ToHashSet();
            var name = Similarity(title, Words(candidate.Name, candidate.ShortName));
            var overlap = Similarity(codes, members);
            if (name >= SameName && overlap >= SameMembers)
            {
                report.Linked.Add($"{candidate.Name} ↔ {regeling.Title} ({regeling.SystemId}): de naam en {overlap:P0} van de gemeenten komen overeen.");
                return candidate;
            }

            if (name >= SameName && (best is null || name + overlap > best.Value.Name + best.Value.Members))
            {
                best = (candidate, name, overlap);
            }
        }

        if (best is { } doubt)
        {
            report.Doubtful.Add($"{regeling.Title} ({regeling.SystemId}) lijkt op {doubt.Candidate.Name}: de naam komt overeen, " +
                $"maar van de gemeenten maar {doubt.Members:P0}. Als nieuw samenwerkingsverband ingelezen.");
        }

        return null;
    }

    /// <summary>The overlap of two sets (Jaccard): 1 when equal, 0 when they share nothing or both are empty.</summary>
    private static double Similarity(HashSet<string> a, HashSet<string> b) =>
        a.Count + b.Count == 0 ? 0 : (double)a.Intersect(b).Count() / a.Union(b).Count();

    /// <summary>The distinctive words of names: lower case, without accents, years and common words.</summary>
    private static HashSet<string> Words(params string?[] names)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in names.OfType<string>())
        {
            var plain = new string(name.Normalize(NormalizationForm.FormD)
                .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray()).ToLowerInvariant();
            foreach (var word in Regex.Split(plain, @"[^\p{L}\p{Nd}]+"))
            {
                if (word.Length > 1 && !word.All(char.IsAsciiDigit) && !CommonWords.Contains(word))
                {
                    words.Add(word);
                }
            }
        }

        return words;
    }
}
