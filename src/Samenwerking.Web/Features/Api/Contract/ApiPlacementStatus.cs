using System.Text.Json.Serialization;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>Where a municipality has a task carried out: in an arrangement, itself, or nothing is registered (a gap).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApiPlacementStatus>))]
public enum ApiPlacementStatus
{
    InArrangement,
    KeptThemselves,
    NothingRegistered,
}
