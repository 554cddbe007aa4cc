namespace Samenwerking.Web.Features.Overview;

/// <summary>Which document the paragraaf verbonden partijen is for: the begroting (BBV art. 15) or the jaarstukken (BBV art. 26).</summary>
public enum ParagraphKind
{
    /// <summary>A budget year: the budgeted contribution and the party's expected figures.</summary>
    Begroting,

    /// <summary>A past year: the realised contribution and the party's figures of that year.</summary>
    Jaarstukken,
}
