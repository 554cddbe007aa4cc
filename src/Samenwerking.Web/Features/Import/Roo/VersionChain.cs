namespace Samenwerking.Web.Features.Import.Roo;

/// <summary>
/// The versions of one regeling, as the export links them with previousVersion and nextVersion. A link to a version
/// that is not in the file, a version that names itself, or links that run in a circle are reported, not followed.
/// </summary>
public sealed class VersionChain
{
    private VersionChain(IReadOnlyList<RooRegeling> versions, IReadOnlyList<string> ids, IReadOnlyList<string> problems)
    {
        Versions = versions;
        Ids = ids;
        Problems = problems;
    }

    /// <summary>The versions that are in the file, oldest first.</summary>
    public IReadOnlyList<RooRegeling> Versions { get; }

    /// <summary>Every systeemId the chain names, also of versions the file does not hold: an arrangement may know one.</summary>
    public IReadOnlyList<string> Ids { get; }

    public IReadOnlyList<string> Problems { get; }

    public DateOnly? FirstStart => Versions.Select(v => v.StartDate).Where(d => d is not null).Min();

    public static VersionChain Of(RooRegeling regeling, IReadOnlyDictionary<string, RooRegeling> versions)
    {
        var found = new List<RooRegeling> { regeling };
        var ids = new List<string> { regeling.SystemId };
        var problems = new List<string>();
        for (var i = 0; i < found.Count; i++)
        {
            var version = found[i];
            foreach (var linked in new[] { version.PreviousVersionId, version.NextVersionId }.OfType<string>())
            {
                if (linked == version.SystemId)
                {
                    problems.Add($"versie {version.SystemId} noemt zichzelf als {(linked == version.NextVersionId ? "opvolger" : "voorganger")}; die verwijzing is genegeerd.");
                }
                else if (!ids.Contains(linked))
                {
                    ids.Add(linked);
                    if (versions.TryGetValue(linked, out var other))
                    {
                        found.Add(other);
                    }
                    else
                    {
                        problems.Add($"versie {version.SystemId} verwijst naar versie {linked}, die niet in het bestand staat.");
                    }
                }
            }
        }

        if (HasCycle(found, versions))
        {
            problems.Add("de versies verwijzen in een kring naar elkaar; ze zijn op datum van inwerkingtreding gezet.");
        }

        var ordered = found.OrderBy(v => v.StartDate ?? DateOnly.MinValue).ThenBy(v => v.SystemId, StringComparer.Ordinal).ToList();
        return new VersionChain(ordered, ids, problems);
    }

    /// <summary>Following nextVersion from a version comes back to a version already passed.</summary>
    private static bool HasCycle(List<RooRegeling> chain, IReadOnlyDictionary<string, RooRegeling> versions)
    {
        foreach (var start in chain)
        {
            var seen = new HashSet<string> { start.SystemId };
            var current = start;
            while (current.NextVersionId is { } next && next != current.SystemId && versions.TryGetValue(next, out var following))
            {
                if (!seen.Add(next))
                {
                    return true;
                }

                current = following;
            }
        }

        return false;
    }
}
