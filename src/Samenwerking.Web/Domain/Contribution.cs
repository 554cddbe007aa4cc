namespace Samenwerking.Web.Domain;

/// <summary>A participant's contribution (bijdrage) to the arrangement in one year, in euros.</summary>
public sealed class Contribution
{
    public int Id { get; set; }

    public int MembershipId { get; set; }

    public int Year { get; set; }

    public decimal? Budgeted { get; set; }

    public decimal? Realised { get; set; }
}
