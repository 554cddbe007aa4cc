namespace Samenwerking.Web.Features.Overview;

/// <summary>
/// What a beheerder or redacteur writes for a municipality's paragraaf verbonden partijen: its regime per risk class (its
/// nota verbonden partijen) and, for one year, its visie, beleidsvoornemens and verantwoording per verbonden partij.
/// </summary>
public sealed class ParagraphTextsForm
{
    public string MunicipalityCode { get; set; } = "";

    public int Year { get; set; }

    public List<RegimeInput> Regimes { get; set; } = [];

    public List<PartyPolicyInput> Parties { get; set; } = [];
}

/// <summary>The regime of one risk class; an empty text removes it.</summary>
public sealed class RegimeInput
{
    public short RiskClass { get; set; }

    public string? Description { get; set; }

    /// <summary>The version the editor saw; null when the class had no regime.</summary>
    public uint? Version { get; set; }
}

/// <summary>The municipality's texts on one participation for the form's year.</summary>
public sealed class PartyPolicyInput
{
    public int MembershipId { get; set; }

    /// <summary>Shown above the fields and in messages; not saved.</summary>
    public string Name { get; set; } = "";

    public string? Vision { get; set; }

    public string? Intentions { get; set; }

    public string? Accountability { get; set; }

    /// <summary>The version the editor saw; null when nothing was written for this year.</summary>
    public uint? Version { get; set; }
}
