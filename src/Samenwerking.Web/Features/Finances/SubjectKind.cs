namespace Samenwerking.Web.Features.Finances;

/// <summary>Whose figures a workbook holds.</summary>
public enum SubjectKind
{
    /// <summary>A municipality's verbonden partijen: its own contributions and each party's balance.</summary>
    Gemeente,

    /// <summary>One arrangement: every participant's contribution, beside its cost share, and the balance.</summary>
    Samenwerkingsverband,
}
