using System.Text.Json.Serialization;

namespace Samenwerking.Web.Features.Api.Contract;

/// <summary>What a financieel belang (BBV art. 1) consists of.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ApiFinancialInterest>))]
public enum ApiFinancialInterest
{
    Aandelen,
    Lening,
    Garantie,
    Aansprakelijkheid,
    Tekortdekking,
}
