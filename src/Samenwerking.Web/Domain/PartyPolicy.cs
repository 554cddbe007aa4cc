namespace Samenwerking.Web.Domain;

/// <summary>
/// The municipality's own words on one of its verbonden partijen for one year, as its paragraaf verbonden partijen
/// states them: the visie on the party in relation to the goals of the begroting and the beleidsvoornemens (BBV art. 15
/// lid 1), and afterwards the verantwoording of what became of them in the jaarstukken (BBV art. 26).
/// </summary>
public sealed class PartyPolicy
{
    public const int TextMaxLength = 4000;

    public int Id { get; set; }

    /// <summary>The municipality's participation in the party.</summary>
    public int MembershipId { get; set; }

    /// <summary>The budget year the texts are for.</summary>
    public int Year { get; set; }

    public string? Vision { get; set; }

    public string? Intentions { get; set; }

    public string? Accountability { get; set; }

    /// <summary>Concurrency token (PostgreSQL xmin).</summary>
    public uint Version { get; set; }
}
