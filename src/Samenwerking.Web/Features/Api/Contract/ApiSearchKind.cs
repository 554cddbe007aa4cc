using System.Text.Json.Serialization;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>What a search hit is.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApiSearchKind>))]
public enum ApiSearchKind
{
    Samenwerkingsverband,
    Bevoegdheid,
    Gemeente,
    Taak,
}
