using System.Text.Json.Serialization;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>A bestuurlijk belang (BBV art. 1): a seat in the party's board, voting rights, or none.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApiAdministrativeInterest>))]
public enum ApiAdministrativeInterest
{
    Zetel,
    Stemrecht,
    Geen,
}
