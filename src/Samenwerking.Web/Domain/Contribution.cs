namespace Samenwerking.Web.Domain;

/// <summary>A participant's contribution (bijdrage) to the arrangement in one year, in euros.</summary>
public sealed class Contribution
{
    /// <summary>A contribution is a payment to the arrangement: the edit form, the Excel upload and a check constraint refuse less than zero.</summary>
    public const string NotNegative = "Een bijdrage is niet negatief.";

    public int Id { get; set; }

    public int MembershipId { get; set; }

    public int Year { get; set; }

    public decimal? Budgeted { get; set; }

    public decimal? Realised { get; set; }
}
