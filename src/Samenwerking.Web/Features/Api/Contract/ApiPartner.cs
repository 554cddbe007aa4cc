using Samenwerking.Web.Features.Congruence;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A partner municipality and the number of arrangements it shares with the municipality.</summary>
/// <param name="Code">The partner's CBS code.</param>
/// <param name="Name">The partner's name.</param>
/// <param name="Shared">The number of arrangements both take part in on the date.</param>
public sealed record ApiPartner(string Code, string Name, int Shared)
{
    public static ApiPartner From(Partner partner) => new(partner.Code, partner.Name, partner.Shared);
}
