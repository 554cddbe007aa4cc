namespace Samenwerking.Web.Domain;

/// <summary>A link to the published regeling (CVDR), a decision, statutes or a website.</summary>
public sealed class LegalBasisLink
{
    public const int TitleMaxLength = 300;
    public const int UrlMaxLength = 1000;

    public int Id { get; set; }

    public int ArrangementId { get; set; }

    public required string Title { get; set; }

    public required string Url { get; set; }

    public LinkKind Kind { get; set; }
}
