using System.Text;
using CsCheck;
using FlexFabricSim.Net.Errors;
using FlexFabricSim.Net.RootPaths;
using FlexFabricSim.Net.Tests.Fuzzing;

namespace FlexFabricSim.Net.Tests.RootPaths;

/// <summary>
/// Hostile root path text: only <see cref="RootPathFormatException"/> ever escapes, and what parses formats back to itself.
/// </summary>
public sealed class RootPathFuzzTests
{
    private static readonly byte[][] Seeds =
    [
        .. new[]
        {
            "iscsi:192.0.2.1::3260:1:iqn.2003-01.org.example:disk1",
            "iscsi:[2001:db8::1]::3260:40:iqn.2003-01.org.example:disk1",
            "iscsi:san.example.com:6:3261:4186-9:eui.02004567A425678D",
            "iscsi:192.0.2.1:6:3260:0040-0000-0000-0000:naa.52004567BA64678D",
        }.Select(Encoding.UTF8.GetBytes),
    ];

    [Fact(Timeout = 300_000)]
    public async Task Mutated_root_paths_never_escape_the_typed_exception()
    {
        var texts = WireMutations.Mutated(Seeds).Select(b => Encoding.UTF8.GetString(b));
        await Task.Run(() => texts.Sample(Exercise, iter: FuzzBudget.RootPathsMutated));
    }

    [Fact(Timeout = 300_000)]
    public async Task Random_text_after_the_scheme_never_escapes_the_typed_exception()
    {
        var chars = Gen.Char["0123456789abcdefABCDEF:[].-%iqnu x\u00e9"];
        await Task.Run(() => chars.Array[0, 80].Select(c => "iscsi:" + new string(c)).Sample(Exercise, iter: FuzzBudget.RootPathsRandom));
    }

    private static void Exercise(string text)
    {
        RootPath rootPath;
        try
        {
            rootPath = RootPath.Parse(text);
        }
        catch (RootPathFormatException)
        {
            return;
        }
        Assert.Equal(rootPath, RootPath.Parse(rootPath.ToString()));
    }
}
