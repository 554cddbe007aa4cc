using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements.Editing;

public sealed class PowerForm
{
    public int? Id { get; set; }

    public string? Description { get; set; }

    public PowerAcquisition Acquisition { get; set; } = PowerAcquisition.Delegatie;

    public string? LegalBasis { get; set; }
}
