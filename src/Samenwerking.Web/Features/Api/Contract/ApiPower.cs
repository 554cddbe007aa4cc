using Samenwerking.Web.Features.Arrangements;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A power (bevoegdheid) the participants transferred to the arrangement.</summary>
/// <param name="Description">What the power is.</param>
/// <param name="Acquisition">
/// How this power was obtained, where an administrator recorded it; the national register states it only for the
/// whole regeling (see powerAcquisitions).
/// </param>
/// <param name="LegalBasis">The law or article it rests on.</param>
public sealed record ApiPower(string Description, ApiPowerAcquisition? Acquisition, string? LegalBasis)
{
    public static ApiPower From(PowerItem power) =>
        new(power.Description, power.Acquisition?.ToContract<ApiPowerAcquisition>(), power.LegalBasis);
}
