using Samenwerking.Web.Domain;

namespace Samenwerking.Web.Features.Arrangements.Editing;

public sealed class PowerForm
{
    public int? Id { get; set; }

    public string? Description { get; set; }

    /// <summary>Empty when not known for this power (the national register states it per regeling).</summary>
    public PowerAcquisition? Acquisition { get; set; }

    public string? LegalBasis { get; set; }
}
