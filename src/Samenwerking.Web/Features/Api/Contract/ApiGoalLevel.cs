using System.Text.Json.Serialization;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>Why the municipalities cooperate (doel van de samenwerking), independent of the legal form.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApiGoalLevel>))]
public enum ApiGoalLevel
{
    Strategisch,
    Tactisch,
    Operationeel,
}
