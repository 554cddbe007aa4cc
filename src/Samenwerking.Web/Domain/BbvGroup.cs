namespace Samenwerking.Web.Domain;

/// <summary>The four groups of the paragraaf verbonden partijen (BBV art. 15).</summary>
public enum BbvGroup
{
    GemeenschappelijkeRegelingen,
    VennootschappenEnCooperaties,
    StichtingenEnVerenigingen,
    OverigeVerbondenPartijen,
}
