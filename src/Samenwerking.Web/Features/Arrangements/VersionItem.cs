namespace Samenwerking.Web.Features.Arrangements;

/// <summary>A version of the regeling in the national register, with the link to its published text.</summary>
public sealed record VersionItem(string NationalRegisterId, string Title, DateOnly? StartDate, DateOnly? EndDate, string? PublicationUrl)
{
    public bool IsInForceOn(DateOnly date) => Domain.Periods.Contains(StartDate, EndDate, date);
}
