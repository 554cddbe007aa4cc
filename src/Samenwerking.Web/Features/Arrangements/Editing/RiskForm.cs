namespace Samenwerking.Web.Features.Arrangements.Editing;

public sealed class RiskForm
{
    public int? Id { get; set; }

    public string? Description { get; set; }

    public short? Class { get; set; }

    public string? Mitigation { get; set; }
}
