using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Overview;

/// <summary>
/// The paragraaf verbonden partijen in one version: the parties in which the municipality had both a bestuurlijk and a
/// financieel belang at some time in the year (BBV art. 1), each with the year's figures and the municipality's texts,
/// and the municipality's control regime per risk class.
/// </summary>
public sealed record VerbondenPartijParagraph(ParagraphChoice Choice, IReadOnlyList<OverviewParty> Parties, IReadOnlyList<RiskRegimeRow> Regimes)
{
    /// <summary>The parties in the four BBV groups (art. 15 lid 1 onder b), by name within a group.</summary>
    public IReadOnlyList<IGrouping<BbvGroup, OverviewParty>> Groups =>
        Parties.Where(p => p.IsVerbondenPartij)
            .OrderBy(p => p.LegalForm.BbvGroup()).ThenBy(p => p.Name, StringComparer.CurrentCulture)
            .GroupBy(p => p.LegalForm.BbvGroup()).ToList();

    public IEnumerable<OverviewParty> VerbondenPartijen => Groups.SelectMany(g => g);

    /// <summary>The municipality's regime for a class; null when it recorded none.</summary>
    public string? RegimeFor(short? riskClass) => Regimes.FirstOrDefault(r => r.RiskClass == riskClass)?.Description;
}

/// <summary>The municipality's control regime for one risk class.</summary>
public sealed record RiskRegimeRow(short RiskClass, string Description, uint Version);

/// <summary>The municipality's texts on one party for the paragraph's year.</summary>
public sealed record PartyPolicyRow(string? Vision, string? Intentions, string? Accountability, uint Version);
