namespace Samenwerking.Web.Features.Arrangements.Editing;

/// <summary>A participant's contribution in one year, in euros.</summary>
public sealed class ContributionForm
{
    public int? Id { get; set; }

    public Guid MembershipKey { get; set; }

    public int? Year { get; set; }

    public decimal? Budgeted { get; set; }

    public decimal? Realised { get; set; }
}
