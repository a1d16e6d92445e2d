using System.Globalization;
using System.Net;
using FlexFabricSim.Device.Catalog;
using FlexFabricSim.Net.Ibft;
using FlexFabricSim.Scenarios.Format;
using YamlDotNet.RepresentationModel;

namespace FlexFabricSim.Scenarios.Loading;

/// <summary>Reads an <c>ibft:</c> expectation: <c>none</c>, or a mapping of iBFT fields to values, each checked for its form.</summary>
internal static class IbftReader
{
    public static IbftExpectation Read(ScenarioMap map, YamlNode node, string field, SourceLocation location)
    {
        if (node is YamlScalarNode { Value: "none" })
        {
            return new IbftExpectation([], Absent: true) { Location = location };
        }
        var fields = ScenarioMap.Of(node, map.File, field);
        var values = new List<IbftFieldValue>();
        foreach (var (key, keyNode, value) in fields.Entries())
        {
            if (!YamlNames.TryParse<IbftField>(key, out var which))
            {
                throw ScenarioMap.Fail(map.File, keyNode, fields.Child(key),
                    $"is not an iBFT field; write one of {string.Join(", ", YamlNames.All<IbftField>())}");
            }
            var text = fields.Scalar(value, fields.Child(key));
            if (Problem(which.Value, text) is { } problem)
            {
                throw ScenarioMap.Fail(map.File, value, fields.Child(key), problem);
            }
            values.Add(new IbftFieldValue(which.Value, text));
        }
        if (values.Count == 0)
        {
            throw fields.Fail("names no iBFT fields (write 'ibft: none' to expect no table)");
        }
        return new IbftExpectation(values, Absent: false) { Location = location };
    }

    /// <summary>What is wrong with <paramref name="text"/> as a value of <paramref name="field"/>, or null.</summary>
    private static string? Problem(IbftField field, string text)
    {
        if (text == "none" && field is not (IbftField.Origin or IbftField.Chap or IbftField.Targets or IbftField.Lun or IbftField.Vlan))
        {
            return null;
        }
        return field switch
        {
            IbftField.Address or IbftField.Gateway or IbftField.PrimaryDns or IbftField.SecondaryDns or IbftField.DhcpServer
                or IbftField.TargetAddress => IPAddress.TryParse(text, out _) ? null : $"'{text}' is not an IP address (or none)",
            IbftField.PrefixLength => Number(text, 0, 128),
            IbftField.Vlan => Number(text, 0, 4094),
            IbftField.TargetPort => Number(text, 1, 65535),
            IbftField.Lun => Number(text, 0, 16383),
            IbftField.Targets => Number(text, 0, 2),
            IbftField.Mac => MacAddress.TryParse(text, out _) ? null : $"'{text}' is not a MAC address like 00:17:A4:77:00:21",
            IbftField.Origin => YamlNames.TryParse<IbftAddressOrigin>(text, out _)
                ? null
                : $"must be one of {string.Join(", ", YamlNames.All<IbftAddressOrigin>())}, not '{text}'",
            IbftField.Chap => YamlNames.TryParse<IbftChapType>(text, out _)
                ? null
                : $"must be one of {string.Join(", ", YamlNames.All<IbftChapType>())}, not '{text}'",
            _ => text.Length > 0 ? null : "must not be empty (write none for an absent value)",
        };
    }

    private static string? Number(string text, int min, int max) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max
            ? null
            : $"must be a whole number from {min} to {max}, not '{text}'";
}
