using System.Text.Json.Serialization;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>How powers were obtained (wijze van verkrijging).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApiPowerAcquisition>))]
public enum ApiPowerAcquisition
{
    Attributie,
    Delegatie,
    Mandaat,
}
