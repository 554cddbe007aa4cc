using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Congruence;

/// <summary>A region's municipalities × the arrangements at least two of them share, as of a date.</summary>
public sealed record RegionMatrix(string Key, string Name, DateOnly Date, IReadOnlyList<RegionMember> Members, IReadOnlyList<RegionArrangement> Arrangements)
{
    /// <summary>The arrangements every municipality of the region takes part in.</summary>
    public int Whole => Arrangements.Count(a => Members.All(m => a.MemberIds.Contains(m.Id)));

    /// <summary>The region's own congruence: the mean overlap of the arrangements' sets of region members.</summary>
    public double? Score => CongruenceScore.Of(Arrangements.Select(a => (IReadOnlySet<int>)a.MemberIds).ToList());
}

public sealed record RegionMember(int Id, string Code, string Name);

public sealed record RegionArrangement(int Id, string Name, LegalForm LegalForm, IReadOnlySet<int> MemberIds);

/// <summary>A region to pick: its key for the address (an arrangement id or a province code), its name and its group.</summary>
public sealed record RegionOption(string Key, string Name, string Group);
