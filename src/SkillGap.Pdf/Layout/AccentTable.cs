namespace SkillGap.Pdf.Layout;

/// <summary>
/// Stand-alone (spacing) accents as TeX and old producers draw them, each with the Latin letters it composes with:
/// pairs of base letter and precomposed letter. A table, because string.Normalize does not compose under invariant globalization.
/// </summary>
internal static class AccentTable
{
    private static readonly Dictionary<char, string> s_pairs = new()
    {
        ['\u0060'] = "AÀEÈIÌNǸOÒUÙWẀYỲaàeèiìnǹoòuùwẁyỳ",
        ['\u00B4'] = "AÁCĆEÉGǴIÍKḰLĹMḾNŃOÓPṔRŔSŚUÚWẂYÝZŹaácćeégǵiíkḱlĺmḿnńoópṕrŕsśuúwẃyýzź",
        ['\u005E'] = "AÂCĈEÊGĜHĤIÎJĴOÔSŜUÛWŴYŶZẐaâcĉeêgĝhĥiîjĵoôsŝuûwŵyŷzẑ",
        ['\u02C6'] = "AÂCĈEÊGĜHĤIÎJĴOÔSŜUÛWŴYŶZẐaâcĉeêgĝhĥiîjĵoôsŝuûwŵyŷzẑ",
        ['\u007E'] = "AÃEẼIĨNÑOÕUŨVṼYỸaãeẽiĩnñoõuũvṽyỹ",
        ['\u02DC'] = "AÃEẼIĨNÑOÕUŨVṼYỸaãeẽiĩnñoõuũvṽyỹ",
        ['\u00AF'] = "AĀEĒGḠIĪOŌUŪYȲaāeēgḡiīoōuūyȳ",
        ['\u02C9'] = "AĀEĒGḠIĪOŌUŪYȲaāeēgḡiīoōuūyȳ",
        ['\u02D8'] = "AĂEĔGĞIĬOŎUŬaăeĕgğiĭoŏuŭ",
        ['\u02D9'] = "AȦBḂCĊDḊEĖFḞGĠHḢIİMṀNṄOȮPṖRṘSṠTṪWẆXẊYẎZŻaȧbḃcċdḋeėfḟgġhḣmṁnṅoȯpṗrṙsṡtṫwẇxẋyẏzż",
        ['\u00A8'] = "AÄEËHḦIÏOÖUÜWẄXẌYŸaäeëhḧiïoötẗuüwẅxẍyÿ",
        ['\u02DA'] = "AÅUŮaåuůwẘyẙ",
        ['\u02DD'] = "OŐUŰoőuű",
        ['\u02C7'] = "AǍCČDĎEĚGǦHȞIǏKǨLĽNŇOǑRŘSŠTŤUǓZŽaǎcčdďeěgǧhȟiǐjǰkǩlľnňoǒrřsštťuǔzž",
        ['\u00B8'] = "CÇDḐEȨGĢHḨKĶLĻNŅRŖSŞTŢcçdḑeȩgģhḩkķlļnņrŗsştţ",
        ['\u02DB'] = "AĄEĘIĮOǪUŲaąeęiįoǫuų",
    };

    public static bool IsStandaloneAccent(string text) => text.Length == 1 && s_pairs.ContainsKey(text[0]);

    /// <summary>The precomposed letter for <paramref name="letter"/> under <paramref name="accent"/>, or null.</summary>
    public static string? Compose(string letter, string accent)
    {
        if (letter.Length != 1 || !IsStandaloneAccent(accent))
        {
            return null;
        }

        // TeX puts accents on a dotless i or j.
        char baseLetter = letter[0] switch
        {
            '\u0131' => 'i',
            '\u0237' => 'j',
            _ => letter[0],
        };
        string pairs = s_pairs[accent[0]];
        for (int i = 0; i + 1 < pairs.Length; i += 2)
        {
            if (pairs[i] == baseLetter)
            {
                return pairs[i + 1].ToString();
            }
        }

        return null;
    }
}
