package org.biokg.extract;

import org.biokg.TestPipelines;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Constructions any biography uses, each written twice in different words (issue "Read any biography": a rule
 * earns its place on two sentences where the development corpus has it rarely), on made-up lives read once.
 */
class GeneralConstructionsTest {
    private static final String BIOGRAPHY = String.join(" ",
            "Anna Roe (born 3 May 1920) was a Ruritanian politician.",
            // a lower-case portfolio before "minister" is the Minister of that portfolio
            "In 1950 Roe defeated the finance minister Paul Weber.",
            "Later the education minister Hans Vogel resigned.",
            // a rank word that is a title of its own ranks the title after it
            "In 1960 Roe became First Deputy Premier of Ruritania.",
            "In 1962 Carl Brandt was appointed Deputy Prime Minister.",
            // "As <role>, she ..." with an object after the role: the subject's role
            "As minister of Labour she raised wages.",
            "As Governor of the Bank, Otto Klein signed the new notes.",
            // "to" names the body or country of a post
            "Max Ruh, the Ruritanian ambassador to Sweden, met her in 1963.",
            "In 1964 Eva Dahl became envoy to the Holy See.",
            // membership as the complement of the verb
            "She became a member of the Council of Elders in 1965.",
            "In 1966 Roe was elected a Fellow of the Royal Academy.",
            // ally nouns and the ways their holder is named
            "Ida Holm was a close Roe ally.",
            "Lars Berg was Roe's closest confidant.",
            "Nils Aas, an associate of Roe, founded a newspaper.",
            // joined forces
            "In 1967 Roe joined forces with Karl Weiss.",
            "In 1968 Ida Holm and Lars Berg joined forces against Nils Aas.",
            // a post named first without its body, then in full
            "Prime Minister Olaf Lund praised her.",
            "Olaf Lund was the Prime Minister of Ruritania until 1970.",
            // a destination the parser reads as the subject of a purpose clause
            "In 1971 Lars Berg moved to Prague to study law.",
            "In 1972 Ida Holm returned to Oslo to work as a nurse.",
            // a passive first verb, then "and settled": the subject is the settler's
            "In 1973 Nils Aas was deported to Norway and settled in Bergen.",
            "In 1974 Eva Dahl was expelled from Sweden and settled in Turku.",
            // the children listed after a colon
            "Lars Berg had three children: Eugen, Richard and Clara.",
            "Olaf Lund had two sons: Sven and Jon.",
            // an opening noun phrase the parser reads as a second subject
            "A close ally of Olaf Lund, Max Ruh soon rose to power.",
            "A loyal supporter of Otto Klein, Karl Weiss won the vote.",
            // opponent nouns, as the ally nouns
            "Paul Weber became Lars Berg's bitter rival.",
            "A fierce critic of Hans Vogel, Sven Aas won the seat.",
            // verbs of opposition, and what someone does standing for the person
            "The Labour Party deposed Olaf Lund in 1980.",
            "In 1981 Karl Weiss was ousted by Eva Dahl.",
            "In 1982 Ida Holm criticised Paul Weber's policies.",
            "Nils Aas condemned Otto Klein's conduct.",
            // an adjective of stance
            "Eva Dahl was highly critical of Carl Brandt.",
            "Jon Lund was openly hostile to Hans Vogel.",
            // the country that owns a body is not part of its name
            "Ruritania's Farmers League opposed Olaf Lund.",
            "Norway's Green Party supported Eva Dahl.",
            // a role without its body, joined by "and" to one that names it
            "In 1983 Ida Holm was elected chairman and chief executive of the Harbour Board.",
            "In 1984 Lars Berg became secretary and treasurer of the Chess Club.",
            // a body named before a lower-case title
            "Green Party chairman Otto Klein praised her.",
            "Farmers League leader Jon Lund attacked her.",
            "The new Harbour Guild chief, Tor Aas, praised her.",
            "The UNESCO chief, Nils Vang, met her.",
            "Two Workers' Party leaders, Kari Moe and Lise Dahl, wrote to her.",
            // a son or daughter apposed to the place of a birth
            "Lena Sand was born in Oslo, the daughter of Karl Sand and Eva Lie.",
            "Jon Strand was born on 4 May 1921 in Bergen, the son of a teacher, Arne Strand.",
            // a relative clause on the noun a person is said to be
            "Rolf Moe was a Ruritanian painter who lived in Paris from 1920 to 1930.",
            "Nils Holt was a lawyer and politician who served as Mayor of Lund from 1950 to 1955.",
            "In 1950 she met Knut Lie, a painter who lived in Rome from 1940 to 1945.",
            "Siri Dahl, a teacher who was elected to the Storting in 1945, praised her.",
            // a capitalized name the tagger took for a common noun
            "From 1940 Lise Vang was a member of the Storting.",
            "Her friend Sven Berg was born in Bath, Somerset, in 1930.",
            "Jon Vik later denounced the Tiber Revolution of 1931.",
            "In 1932 Ada Holt condemned the March Uprising.",
            // "(born YEAR, …)": more after the date
            "Her friend Vera Holm (born 1924, nicknamed Vee) became a painter.",
            "Her cousin Ivo Dahl (born 1926, later a judge) moved to Oslo.",
            // a killing's passive with the year after "in"
            "Karl Brun was executed in 1950.",
            "Ole Brun was assassinated in 1953.",
            // studying, working or being based somewhere is living there
            "In 1985 Vera Holm studied in Vienna.",
            "Ivo Dahl was based in Geneva.",
            // a role taken in the passive, "as" naming it
            "In 1986 Sven Aas was sworn in as Mayor of Bergen.",
            "In 1987 Jon Lund was confirmed as Chief Justice of Ruritania.",
            // the place of death one adjunct further, after the age; or owning where she died
            "Pia Lund died of a fever with complications at the age of 60 in Trondheim.",
            "Siv Lund died of pneumonia with complications at the age of 71 in Narvik.",
            "Mats Holm died in Bergen's city hospital.",
            "Ulla Holm died at Stavanger's main hospital in 1990.",
            // an opening participle the parser makes the root, the main clause hung on its place
            "Born in Oslo, Norway, Ivar Lie taught music in Bergen.",
            "Born in Lyon, France, Marie Dubois studied law in Paris.",
            // member nouns other than "member", with the body after "of", "in" or "at"
            "In 1988 Ivo Dahl was given honorary membership of the Chess Federation.",
            "In 1989 Vera Holm was honoured with a membership in the Order of the Golden Lion.",
            "In 1990 Mats Holm joined the faculty of the University of Bergen.",
            "Ulla Holm was a faculty member at the Oslo Music College.",
            // serving in or on a body; the party one was elected for
            "Pia Lund served in the Royal Navy during the war.",
            "Siv Lund later served on the Narvik City Council.",
            "In 1991 Ivar Lie was elected to the Storting for the Liberal Party.",
            "In 1992 Marie Dubois was elected to the Senate for the Green Party.",
            // the chamber, or a party's region, a post is held in
            "In 1993 Olaf Lund became Leader of the Opposition in the National Assembly.",
            "In 1994 Carl Brandt was appointed Secretary of the Labour Party in Bavaria.",
            // a body after "of" is its noun's, not a title's elsewhere in the sentence
            "In 1995 Eva Dahl was made a Dame of the Order of the Golden Lion by King Harald.",
            // a military rank between a post and its holder's name is the holder's
            "The cabinet included Minister of the Navy Admiral Ivo Berg.",
            "Pia Lund met the Minister of War General Lars Aas.",
            // going somewhere to work or study there; the town of the school or body one attended or worked for
            "In 1996 Ivo Dahl went to Hamburg to work for a bank.",
            "Later Vera Holm went to Dresden for a year to study law.",
            "Mats Holm attended the grammar school in Munich.",
            "Ulla Holm attended a technical college in Zurich.",
            "Pia Lund worked for the Farmers League in Vienna.",
            "Siv Lund taught at a music school in Prague.",
            "Ivar Lie studied law in the cities of Leipzig and Cologne.",
            "While studying at the Art School in Madrid, Marie Dubois met Sven Aas.",
            // what one would (could) have been able to do is not done
            "Olaf Lund hoped that he would be able to work in Lisbon.",
            "Carl Brandt could have been able to join the Liberal Party.",
            "Karl Weiss pressured Eva Dahl to dismiss Ole Brun.",
            // a purge (persecution) of a side, begun or ordered by someone; removing or dismissing someone
            "In 1997 Olaf Lund began a massive purge of the Farmers League.",
            "A persecution of the Liberal Party was ordered by Jon Lund in 1998.",
            "In 1999 Eva Dahl dismissed Carl Brandt.",
            "The Green Party removed Max Ruh from the leadership in 2000.",
            // an alliance formed "alongside" its partners
            "In 2001 Ivo Dahl formed a troika alongside Mats Holm and Siv Lund.",
            "In 2002 Vera Holm formed a coalition alongside the Farmers League.",
            // promoted to a post named directly; a post taken "as" or "of" a title
            "In 2003 Lena Berg was promoted to professor at the Music College.",
            "In 2004 Ulla Holm was promoted to Chairman of the Harbour Board.",
            "In 2005 Pia Lund took a post as a lecturer at the University of Oslo.",
            "In 2006 Siv Lund accepted the position of Director of the Oslo Museum.",
            // councillors and administrators are posts
            "From 1976 to 1978 Ivar Lie was a councillor in Bergen.",
            "Marie Dubois was later an administrator at the University of Lyon.",
            // a death year written with two digits
            "The prize had gone to Louis Berg (1822–95).",
            "Her teacher was Karl Holm (1899–02).",
            // the place of a death named by the noun, or by a relative clause
            "After his death in Munich, Ole Brun was buried in Vienna.",
            "Lena Berg's death in Rome in 1940 ended the quarrel.",
            "The family later moved to Turin, where Nils Brun died in 1937.",
            "The couple settled in Nice, where Eva Brun died.",
            // a body that did something under someone's leadership
            "Under the leadership of Ivo Brun, the Farmers League grew.",
            "The Liberal Party won in 1950 under the leadership of Pia Brun.",
            // a successor "as" the post: the successor's from the date, the predecessor's until it
            "In 1967 Lena Brun succeeded Otto Brun as mayor of Lund.",
            "In 1975 Mats Brun was succeeded as Chairman of the Chess Club by Ulla Brun.",
            // a school's name written in capitals
            "Lena Holm attended the Royal Naval School in Malta.",
            "Otto Berg attended the Central High School in Graz.",
            // two who married each other
            "On 2 May 1930, Ivo Berg and Lena Dahl married.",
            "Sven Holm and Pia Brun were married in 1931.",
            // a body whose name ends in plural titles is a body, not a post
            "In 1932 Jon Berg was elected to the House of Representatives.",
            "In 1933 Vera Brun became a member of the Chamber of Deputies.",
            // the one described as the first (youngest, only) to take a post took it
            "Lena Moe was the first woman to become a professor at the University of Lund.",
            "Karl Moe was the first Catholic to be elected President of Ruritania.",
            // a body with the one who founded it in a reduced relative (not a member noun's body)
            "The Harbour Party, founded by Lena Moe in 1934, won the vote.",
            "The Chess League, created by Ivo Dahl, opened a hall in 1935.",
            "Ivo Dahl was a Member of the Chess Board, founded by Otto Lie.",
            // a party's member word, where the text names the party ("the Liberal Party" above)
            "In 1936 the Liberal politician Pia Moe praised her.",
            "Lars Moe, a Liberal candidate, lost the seat in 1937.",
            // the ones someone was born to; parents named together
            "Nora Vik was born in Bergen to Hilde Moen and Per Vik.",
            "Sara Holt was born on 2 May 1901, in Oslo, to Anne Berg and Tor Holt.",
            "Olaf Lund's parents were Jon Eide and Kari Foss.",
            "Nils Aas's parents were Rolf Aas and Liv Strand.",
            "Karl Dahl had four children: Eva (1901), Karin (1903), Ingrid (1906) and Sven (1908).");

    /** A life told with "he": an opening "As <title>" without a comma, which the parser reads as a first subject. */
    private static final String AS_TITLES = "Ivo Holm (born 1901) was a Ruritanian lawyer. "
            + "As Minister of Mining he formalised a policy on coal exports. "
            + "In 1950 Holm moved to Lund. As the Chairman of the Harbour Board he was feared.";

    /**
     * Two leads whose pronunciations and spellings the plain-text conversion left as bare semicolons before the
     * life dates, each followed by a heading on its own line and back matter that must not be read; the name used
     * alone is the first of two surnames ("Voss" of Ada Voss Lind).
     */
    private static final String[] LEADS = {
            "ADA VOSS LIND (; ; born Ada Berg; 22 February 1857 – 1 January 1894) was a Ruritanian chemist.\n\n"
                    + "Life\n\nVoss was born in 1857 in Lund. Voss studied in Oslo. In 1890 Voss founded a laboratory. She died in 1894.\n\nReferences\n\nFurther reading\n\n"
                    + "-   Holm, Ida. \"Ada Voss (1847–1896)\" (retrieved 27 Jan 2008)\n",
            "OLE DAHL MORENO (, ; Original spelling: Ole Dal; 4 May 1881 – 11 June 1970) was a Ruritanian lawyer.\n\n"
                    + "Early life\n\nDahl was born in 1881 in Lund. Dahl studied law. Dahl married Eva Holm in 1910.\n\nSee also\n\n-   Ida Dahl (1850–1920), his mother\n"};

    /**
     * Deaths told through another clause, bodies named by a possessive, and names beside a common noun that is an
     * argument ("married the surgeon X", "founded the newspaper X").
     */
    private static final String DEATHS_AND_BODIES = "Ivo Lund (12 May 1900 – 3 June 1970) was a Ruritanian journalist.\n\n"
            // a death with its date: "the death of X", a date the parser hung on the clause's verb, an active killing
            + "Lund stayed in Lund until the death of Otto Berg in 1952. After the death of Eva Brun on 3 March 1953, "
            + "Lund returned to Oslo. Lund stayed in Oslo until Karl Holm's death on 10 April 1954. Lund stayed in Rome "
            + "until Carl Berg's death on 4 May 1959. Soldiers murdered Nils Berg in December 1916. Rebels killed Sven "
            + "Aas in March 1921. Her rival Eva Moe died in Bergen in 1980. The veteran Ola Berg died in Oslo in 1975.\n\n"
            // "the league's secretary": the body named before
            + "In 1940 Lund joined the Harbour Workers League. The league's secretary, Carl Dorn, was his friend. He "
            + "was a member of the Green Party. In 1950 the party's leader, Ivo Mark, made him his deputy.\n\n"
            // a name beside a common noun takes the noun's place as an argument
            + "His marriage to the surgeon Vera Dahl ended in divorce. Lund clashed with the editor Jan Moe. In 1960 "
            + "Lund founded the newspaper Terra Nova. In 1961 he founded the magazine Blue Review. In 1926 Lund married "
            + "Eva Berg, the daughter of the printer Karl Berg and his wife Ida Holm.\n\n"
            // growing up, belonging, sitting and representing; exile beside its place; expelled by a government
            + "Lund grew up in Bergen. Lund later belonged to the Lyceum Club. From 1945 to 1952 he sat on the Press "
            + "Council. From 1962 to 1964 he represented Bergen in the National Assembly. In 1965 he went into exile in "
            + "Paris. Later he lived in exile in Rome. In June 1968 the French government expelled him from France.\n\n"
            // each relative clause is about the name its "who" follows
            + "The couple had two children: Pablo, who was born in 1931 and who later became a painter, and Isabel, who "
            + "was born in 1934. Lund had two cousins, Nils Strand, who was born in 1902, and Karl Strand, who was born in 1905.\n\n"
            // the subject of a "where" clause on the place of another man's clause is that man
            + "Karl Vik spent his last years in Molde, where he died in 1978. Nils Holt moved to Hamar in 1950, where "
            + "he died in 1979.\n\n"
            // a post is never named after its own holder
            + "Olav Brekke, his own deputy, later turned against him. His ministerial post went to Jens Aas, his aide from "
            + "the war years.\n\n"
            // "the couple", and "they" right after the marriage in one sentence: the subject and the spouse
            + "In 1930 Lund married Eva Berg. The couple had two children, Pablo and Tomas. In 1950 Lund married Ada "
            + "Holm; they had a son, Jon. In 1960 Lund married Ida Vik, and the couple had a daughter, Mia.\n\n"
            // a relative clause on the description after a name is about the name
            + "His mentor was Ola Strand, a teacher who had founded the Lund Reading Society in 1921. In 1956 he met "
            + "Karl Aas, a lawyer who later became secretary of the Harbour Union. His rival was Per Moe, a banker who "
            + "had joined the Blue Party in 1930.\n\n"
            // "the Committee" is the committee named before, whose name goes on after its head word
            + "In 1962 Lund became a member of the International Committee on Press Freedom. He sat on the Committee "
            + "until 1966.\n\n"
            // the holder of an opponent or ally noun named after the copula
            + "His fiercest rival was Karl Strom. His bitterest enemy was Jon Vik. His closest ally was Per Dahl. His "
            + "most loyal ally was Ada Brun.\n\n"
            // a leading verb gives its agent the title paired with it in words/leader-verbs.txt
            + "From 1935 to 1938 Lund commanded the Fifth Artillery Battalion. In 1940 he edited the Harbour Review. The "
            + "Lund Institute, directed by Karl Holt, hired him in 1941. The Green League was led by Pia Holt.\n\n"
            // a name NER tags whole with "of" inside is one body, not the word after "of" alone
            + "In 1966 Lund was elected to the House of Assembly. In 1967 Eva Holm was elected to the Chamber of Congress.\n\n"
            // a participle clause takes the subject of the clause it modifies, unless it denies its verb
            + "Joining the Blue Party in 1971, Lund rose quickly. Elected to the Harbour Council in 1972, he served two "
            + "terms. He resigned in 1975, joining the Press Club. Without joining the Red Party, he supported it.\n\n"
            // a companion after "together with" or "along with" does what the subject does; forces joined "with"
            // someone; a relative clause in the past perfect tells of an earlier time than its sentence's date
            + "Together with Ada Brun he established the Lund Foundation in 1976. In 1978 Karl Strom was expelled from "
            + "the Blue Party along with Jon Vik. In 1979 Lund joined forces with Ola Strand. In 1980 he left the "
            + "Writers Guild, which he had helped to found.\n\n"
            // a phrase after two coordinated words is the later one's too; "the wife of"
            + "In 1982 Olav Brekke was arrested and exiled to Bergen. Ada Brun was a close friend and ally of Jon Moe. "
            + "Eva Moe was the wife of Karl Strom.\n\n"
            // a field in lower case after "of" belongs to the title; resigning ends a term without starting one
            + "In 1983 Lund was elected mayor of Bergen. In 1985 he resigned as mayor. In 1986 he was named minister of "
            + "finance. Ola Strand was later inspector of public schools.\n\n"
            // ordering someone's arrest; an accusation alone is no opposition (the gold's convention, which the
            // measured part confirmed: "accuse" among the opposing verbs made three false ones there, no right one)
            + "In 1987 Tor Lie accused Lund of treason. In 1988 Siri Bakke ordered the execution of Lund. In 1989 Arne "
            + "Vik ordered the arrest of Lund. In 1990 the government ordered his expulsion from Sweden.\n\n"
            // the parser's copy of a noun for a second of-phrase shares the noun's subject
            + "Eva Brun was an outspoken critic of the war and of Karl Holt. Siri Bakke was the daughter of Tor Lie and "
            + "of Ada Brun.\n\n"
            // a plural proper noun the gazetteer calls an ideology names a group
            + "In 1991 Lund joined the Social Democrats. In 1992 Eva Brun joined the Christian Democrats.\n\n"
            // years in parentheses after a post are its term
            + "Karl Holt served as Minister of Fisheries (1960–1962), Minister of Labour (1963) and Minister of Health "
            + "(1964–1966).\n\n"
            // committing suicide is dying; committing a crime is not
            + "Karl Holt committed suicide in Berlin in 1993. In 1994 Jon Vik committed a crime in Oslo.\n\n"
            // a title after a person's "'s" is held in that person's service (aide, deputy: words in
            // personal-roles.txt), after a place's it is that place's
            + "In 1995 Lund met Karl Holt's deputy, Jon Vik. Eva Brun's aide Ola Strand wrote a memoir. Denmark's "
            + "foreign minister, Siri Bakke, visited him. Sweden's president, Arne Vik, received him.\n\n"
            // a predicate noun with its own copula after "and" takes the first clause's subject; an opening participle
            // the parser made the head of the sentence takes the main clause's
            + "Eva Holm was born in Bergen and was a member of the Blue Party. Karl Holt is a painter and was a founder "
            + "of the Lund Circle. Joining the Farmers Party, to which he had close ties, he was elected to parliament in "
            + "1996.\n\n"
            // "and" inside a body's name after its "of", before one untagged capitalized word
            + "In 1997 Lund joined the Society of Painters and Sculptors. In 1998 Eva Holm was expelled from the Union "
            + "of Writers and Translators. In 1999 Karl Holt joined the Order of Foresters and Oxfam.\n\n"
            // a main verb the parser lost after a relative clause set off by commas
            + "Jon Vik, who was his friend, joined the Forest Party in 2000. Siri Bakke, who survived him by ten years, "
            + "died in Bergen in 2001.\n\n"
            // a body named in lower case in a title is the body of that kind named just before
            + "In 2002 Lund joined the Harbour Dockers' Union. In 2003 he was elected secretary of the dockers' union. "
            + "In 2004 Eva Holm joined the Moss Party and became treasurer of the party in 2005.\n\n"
            // an ordinal opens a body's name
            + "In 2006 Karl Holt commanded the 3rd Artillery Battalion. In 2007 Jon Vik joined the 4th Army.\n\n"
            // a family's move is its owner's, one without an owner the subject's; a home of one's own
            + "In 2008 Karl Holt's family emigrated to Tromsø. In 2009 the family moved "
            + "to Hamar. In 2010 Eva Holm bought a house in Molde. In 2011 Jon Vik rented a flat in Bodø. Siri Bakke "
            + "shared her home in Skien with her sister. Arne Vik's house in Stavanger burned down.\n\n"
            // "there" is the place named before it (the town of "Town, Country"), not a body named after it
            + "In 2012 Ada Brun moved to Kiruna, Sweden, and lived there until 2014. Ola Strand settled in Lillehammer "
            + "in 2015. Ola Strand died there in 2016. Eva Brun joined the Lund Institute and taught there.\n\n"
            // support given to someone
            + "In 2017 Karl Holt offered his support to Siri Bakke. In 2018 the Moss Party threw its support behind "
            + "Arne Vik.\n\n"
            // a purpose clause is the verb's subject's, not its object's; settling scores is no stay
            + "In 2019 Eva Holm signed a letter to oppose Karl Holt's plan. Siri Bakke used her base to curb Jon Vik's "
            + "powers. Arne Vik used the opportunity to settle old scores in Halden.\n\n"
            // deaths: passing away, a town naming the hospital, a place on the event one died in
            + "Jens Aas passed away in Trondheim in 2020. Olav Brekke died in a Molde hospital in 2021. Tor Berg was "
            + "killed in action at Verdun in 1916. Karl Berg died in a car accident near Lyon in 2022.\n\n"
            // a name beside a noun for a person is never made a body or a place by a rule
            + "Nils Berg left two daughters, Gunhild and Sunniva. Otto Berg left his son, Eirik, and Bergen.";

    private static ExtractionResult result;

    private static ExtractionResult deathsAndBodies;

    private static ExtractionResult[] bornDied;

    /** Leads with "born … – died …" (or "b. … – d. …") and a place after each date. */
    private static final String[] BORN_DIED_LEADS = {
            "Ivar Moe (born 9 February 1908 in Moss, Norway – died 17 November 1963 in Oslo) was a Ruritanian unionist.\n\nMoe studied in Bergen.",
            "Eva Holm (b. 3 May 1850 in Lund – d. 4 June 1920 in Bergen) was a Ruritanian painter.\n\nHolm studied in Oslo."};

    private static ExtractionResult[] leads;

    private static ExtractionResult asTitles;

    /** Seats held for a constituency, names the tokenizer split at hyphens, occupations before names. */
    private static final String SEATS_AND_HYPHENS = "Kari Moe (born 1950) is a Ruritanian politician. "
            // a legislator's seat, with its acronym or as the acronym alone, is an office held for the constituency
            + "She served as Labour Party Member of Parliament (MP) for Dover from 1987 to 1997. In 1998 Ola Brun was "
            + "elected MP for the Hamar constituency. Eva Dahl was Member of the Landsting for Vest from 1990 to 1994. "
            + "In 2019 Kari Moe was elected as a Member of the European Parliament for the Green Party. In 1992 Lise Berg "
            + "served as Farmers Party Member of Parliament for Hamar. Marte Vik was a member of the National Assembly "
            + "for the Farmers Party. Tone Lie was a member of the Senate for the Green League.\n\n"
            // short lower-case particles between hyphens are inside a name
            + "Knut Aas, the leader of Folk-i-Vest, was her ally. In 2003 Ivo Lie joined Bloc-i-Nord.\n\n"
            // an ampersand joins the words of one name
            + "Karl Holt remained a director of Holt & Cie. until 1926. Lise Vang was chairman of Vang & Sons.\n\n"
            // a name that only modifies a common noun names no body of a post
            + "In 2002 Moe became deputy leader in the Vest-led coalition. By 2004 Ola Brun was deputy head of the "
            + "Ruritanian branch of the Harbour Guild.\n\n"
            + "Her parents were Maria \"Mia\" Berg and Thomas \"Tom\" Aas.\n\n"
            // a bare lower-case title right before a name tells an occupation, unless a possessive makes it a post
            + "In 2005 the film director Siri Bakke filmed her. In 2006 the judge Arne Vik praised her. Her loyal "
            + "deputy Jon Vik stayed with her. In 2007 Hamar's then mayor Ola Brun met her.\n\n"
            // an opening date glued to a subject coordinated with a noun, the verb read as their modifier
            + "In 1930 Jensen and his wife emigrated to the United States. In 1950 Nielsen and her husband settled in Oslo.\n\n"
            // a description apposed to a body's name, founded by someone
            + "Knut Aas joined the Labour League, a moderate party founded by Anna Weber. In 1960 Aas wrote for the Daily "
            + "Courier, a newspaper established by Thomas Clarke in 1901.\n\n"
            // a gerund after "by" the parser took for a noun has the subject of the clause it belongs to
            + "Anna Weber responded by joining the Farmers Party in 1957. Peter Hansen answered by founding the National "
            + "Unity Party in 1956.";

    private static ExtractionResult seatsAndHyphens;

    /** Conflicts and support between people other than the biography's subject. */
    private static final String SIDES = "Karl Jensen (1880–1950) was a Danish politician.\n\n"
            // a conflict noun's side is its possessor or the subject of its clause, not the biography's subject
            + "Frederik Holm's feud with Christian Dahl lasted a decade. Valdemar Ryberg engaged in a long dispute with "
            + "Einar Hvid. Henning Krag led a revolt against Michael Strand. William Harris led the opposition to George "
            + "Whitfield. In 1935 Jensen had a long feud with Poul Ravn.\n\n"
            // a nickname in quotes inside a name, where the parser splits the name
            + "His parents were Johannes \"Jan\" Jensen and Hendrina Cornelia Holm.\n\n"
            // "his" in the object of a named subject's verb is the subject's
            + "Christoph Lehmann declared his support for Hubert Sauer.\n\n"
            // a relative clause the parser hung on the name as dep is the name's
            + "Rudolf Meier, who supported Konrad Fuchs, was elected in 1919. Lise Falk, who backed Tore Dahl, won the "
            + "seat.\n\n"
            // where someone worked as something, was stationed, enlisted, was re-elected to, made a home
            + "Erich Vogt worked as a clerk in Berlin. Greta Lange worked as a nurse in Bergen from 1920 to 1925. Torstein "
            + "Berge was stationed in Hamburg during the war. Olav Rustad was stationed at Tromsø in 1941. Ivar Nygaard "
            + "enlisted in the Home Guard in 1914. Jens Solberg enlisted in the Royal Navy in 1940. Sverre Kvam was "
            + "re-elected to the Storting in 1927. Liv Haugen was re-elected to the National Assembly in 1950. Walter "
            + "Engel made his home in Vienna. Bruno Seidel made his home in Graz.\n\n"
            // a second predicate noun sharing the first one's copula
            + "Finn Brekke was a trade unionist and a member of the Labour Party. Mette Ruud was a teacher and a member "
            + "of the Farmers Party.\n\n"
            // a follower is an ally
            + "Arthur Mason was a loyal follower of Samuel Wright. Nils Bang, a follower of Erik Lund, won the seat.\n\n"
            // who someone's supporters or critics included; support won or given "with the support of"
            + "Ejnar Brun's supporters included Tove Lund. Otto Kamp's allies included Ib Thorsen. Rudolf Meier's "
            + "opponents included Konrad Fuchs. Lars Dam's critics included Svend Moe.\n\n"
            // an opponent noun the tagger took for an adjective before the name
            + "In 1936 his rival Axel Kjaer won the election. In 1937 Otto Kamp's rival Peter Skov lost his seat.\n\n"
            + "Peter Hansen won the support of Niels Madsen. Anna Weber gained the backing of Thomas Clarke. With the "
            + "support of Ernst Krüger, Walter Hoffmann became chairman. With the backing of Jens Bruun, Ole Holst won "
            + "the vote.";

    private static ExtractionResult sides;

    private static ExtractionResult maidenName;

    /** Stances held with a verb, a particle or an adjective; titles coordinated after a body. */
    private static final String STANCES_AND_TITLES = "Karl Holt (1880–1950) was a Danish politician.\n\n"
            // disagreeing or falling out with someone is a conflict; falling in (in love) with someone is not
            + "Cy Moe disagreed with Eva Holm over the budget. In 1931 Henrik Berg disagreed with Olaf Lind about the "
            + "treaty. Bob Lee fell out with Cy Moe in 1962. Anna Kruse fell out with Jonas Brandt over money. In 1950 "
            + "Lise Berg fell in love with Ove Krag. Dan Holt fell in with Nils Bang at school.\n\n"
            // loyalty is siding with someone; an adjective of stance after "remained"
            + "Ann Roe remained loyal to Karl Jensen. Petra Lind, loyal to Hans Ek, resigned in 1933.\n\n"
            // a name apposed to the noun of an of-phrase or a for-phrase
            + "Bob Lee was highly critical of his predecessor Karl Jensen. Lars Dahl remained critical of his rival, Tom "
            + "Rask.\n\n"
            // campaigning or voting for someone is support
            + "Cy Moe campaigned for his friend Karl Jensen. In 1964 Greta Sund campaigned for Johan Vik.\n\n"
            // a second title after "and", read by the parser as the first title's body's conjunct, or sharing a copula
            + "In 1950 Ann Roe became secretary of the Lund Labour Club and treasurer of the Lund Union. Dan Holt served "
            + "as president of the Lund Chess Club and vice-president of the Lund Rowing Club. Ivar Berg was the national "
            + "chair of the Junior Farmers for two years, and chair of the Law Society of Lund. Cy Moe was chairman of the "
            + "Farmers Party and editor of the Farmers Weekly.\n\n"
            // where one was raised, a home one moved to, where a couple moved
            + "Finn Lie was raised in Manchester by his grandmother. Sofie Hansen was brought up in Leeds by her aunt "
            + "before 1950. In 1846 Erik Dahl moved to a cottage in Fordham, New York. Maja Berg moved to a house in Bergen. "
            + "In 1971 the couple moved to Toronto.\n\n"
            // an opening description read as a second subject beside a pronoun; a founding member is a founder
            + "A founding member of the Farmers Party, he was elected to the Folketing in 1920. A member of the Green "
            + "League, he won the seat in 1924. In 1931 Ivar Berg became a founding member of the Socialist Union. Nina "
            + "Holm, a founding member of the Women's League, spoke first.\n\n"
            // later names coordinated with the subject of a relative clause are its partners, not its subjects
            + "The Farmers Party, which subsequently merged with the Green League, the Rural Union and the Peasant Front, "
            + "won the election. The Green Party, which subsequently merged with the Labour League, the Tenants Union and "
            + "the Home Front, won the election.\n\n"
            // a kind of place whose of-phrase names it is that place
            + "Lise Aas was born in the Norwegian town of Molde. Ole Dahl died in the city of Bergen in 1940. Ada Berg "
            + "studied in the cities of Bonn and Jena.\n\n"
            // a title coordinated with an occupation shares the copula and the of-phrase; a body named in lower case
            + "Ivar Moe was a businessman and director of the Bergen Shipping Company. Tove Lie was a lawyer and chairman "
            + "of the Oslo Rowing Club. Jonas Vik was a teacher and director of the local gymnasium. Hilde Rud was the "
            + "curator of the city museum.\n\n"
            // a possessor and an apposed name shared by two coordinated nouns
            + "Hayden's staunch friend and political ally, Senate Leader John Button, spoke first. Holt's close friend "
            + "and ally, party secretary Erik Dahl, resigned in 1930.\n\n"
            // time spent in exile somewhere
            + "Nils Holm spent ten years in exile in Sweden. In 1940 Eva Lund spent several months in exile in London.\n\n"
            // a body named in lower case around a capitalized modifier
            + "A leader of the moderate-socialist Trudovik faction, Jens Lie was elected in 1912. In 1950 Eva Lund became "
            + "secretary of the liberal Ostby group.\n\n"
            // "his wife" after a parent described after his name (life dates, a phrase of his own) is the parent's wife
            + "He was the eldest son of Marco Bellini, of the ancient noble House of Bellini, and his wife Lucia Rossi. "
            + "His grandparents were Jonathan Krag (1715–1805), a timber merchant, and his wife Mary Lund (1720–1787). His "
            + "parents were Tomas Vik (1850–1910), a farmer, and his wife Inger Dahl. Marco Bellini's parents were Paolo "
            + "Bellini, a merchant, and his wife Anna Conti.\n\n"
            // siblings listed after "had", as children are
            + "Marco Bellini had three younger siblings: sisters Gloria Bellini (1926–1990) and Ruth Bellini (1929–1983), "
            + "and brother Billy Bellini (1937–1988). Tomas Vik had two brothers, Olav and Harald, and a sister, Ellen.\n\n"
            // a title after "of which" is the body's
            + "At Pembroke, Holt performed as a member of the Cambridge Footlights Club, of which he became president in "
            + "1960. In 1920 Holt joined the Danish Chess Union, of which he was chairman from 1930 to 1940.\n\n"
            // a legislator's bare title is a seat in the chamber; a title that says more stays an office
            + "His great-grandfather, Jan Berg, had been a senator. In 1892 Holt became a Senator. Ole Lind was a United "
            + "States Senator from Utah.";

    private static ExtractionResult stancesAndTitles;

    /** Facts told by an event noun with its possessor or of-phrase; a participle clause after "having". */
    private static final String EVENT_NOUNS = "Ida Wallin (1890–1960) was a Swedish politician.\n\n"
            + "After her election as Mayor of Uppsala in 1930, Wallin moved to Uppsala. The appointment of Nils Ek as "
            + "Minister of Justice in 1932 surprised many. Following the resignation of Olof Berg as Speaker of the "
            + "Riksdag in 1936, Wallin was elected. Her membership in the Farmers League lasted until 1940. Nils Ek's "
            + "membership of the Green Union was short. Her founding of the Uppsala Review in 1942 was praised. After his "
            + "establishment of the Lund Gazette in 1944, Olof Berg left Sweden. During her exile in Oslo, Wallin wrote "
            + "poems. During his exile in London, Nils Ek taught.\n\n"
            + "Wallin was soon at sea again, having enlisted in the Swedish Navy. Olof Berg left Sweden in 1946, having "
            + "joined the Farmers League.\n\n"
            // an active verb after a passive one; what someone went on to do
            + "Olof Berg was arrested in 1947 and later became Mayor of Malmö. Nils Ek was elected in 1948 and joined the "
            + "Peasant Union in 1949. Wallin went on to become Minister of Trade. Olof Berg later went on to serve as "
            + "Governor of Scania. Nils Ek went on to join the Rural League.";

    private static ExtractionResult eventNouns;

    /** What names no relation: a nationality, a work's italicised title, a partner in life. */
    private static final String WORKS_AND_NATIONS = "Sara Lind (born 1950) is an American politician and actress.\n\n"
            + "Lind starred in the 1973 film _King Arthur_. The Americans won the match in 1980. She was a member of the "
            + "Green Party. Tom Ray, an American, joined the Whigs. Lind has lived with her partner Jon Berg since 1989. "
            + "The Greens were the Reds' junior partners in the government.";

    private static ExtractionResult worksAndNations;

    /** Homes told by the years spent there, by the family's stay, by whom one lived with. */
    private static final String HOMES = "Liv Hauge (1900–1980) was a Norwegian politician.\n\n"
            + "Hauge spent her childhood in Bergen. The family lived in Trondheim until 1912. She lived with her aunt in "
            + "Tromsø in 1920. She spent six years in exile in Kazakhstan after 1938. She spent the rest of her life in "
            + "Oslo. Her brother Nils Hauge spent his final years in Lyon.\n\n"
            // one of several children of named parents; where one was born and where one grew up
            + "Liv Hauge was the eldest of five children of Robert Hauge, a miner, and Sarah Green. Her husband, Karl Lind, "
            + "was the youngest of three children born to Eva Holm and Anton Lind. Born in Leeds, Hauge grew up in "
            + "York.\n\n"
            // "married" after "and", tagged an adjective of the next name
            + "In 1935 Karl Lind divorced Liv Hauge and married Eva Strand. Olaf Brekke left the Farmers Party and "
            + "married Ingrid Moe in 1950.";

    private static ExtractionResult homes;

    /** Jobs, studies and games, told like homes, memberships and fights; an object pronoun is not its own clause's subject. */
    private static final String JOBS = "Emil Dahl (1900–1980) was a Danish politician." + "\n\n"
            + "After Bo Lund resigned in 1955, Emil Dahl replaced him as leader of the Farmers Party. Nils Ek was Speaker until 1964. That year Dahl ousted him as Speaker." + "\n\n"
            + "Dahl taught Latin at Aarhus Prep from 1925 to 1930. His brother Karl Dahl studied art at the Copenhagen Academy of Fine Arts. He later studied at Oxford." + "\n\n"
            + "Dahl entered the City College of Aarhus in 1918. In 1932 he joined the Royal Institute of Technology, where he taught physics. Karl Dahl left the Holm agency in 1940. Ivo Vang of the University of Lund praised him. Karl Dahl joined the Farmers Party." + "\n\n"
            + "His son Jon Dahl debuted against Esbjerg in 1960 and scored twice against Vejle. In 1962 Karl Dahl campaigned against the Farmers Party." + "\n\n"
            + "In 1965 Dahl collaborated with Ivo Vang on a screenplay. His perennial collaborator Ole Bak formed a partnership with him. He allied with Bo Lund. In 1966 Dahl worked in the laboratory of Professor Tor Lind. Physics Professor Siv Moe praised him.";

    private static ExtractionResult jobs;

    /** Parents of a spouse, marriages told by their number, children adopted, foundings helped, deaths at an age. */
    private static final String FAMILIES = "Karl Holm (1901–1970) was an American painter." + "\n\n"
            + "His wife Eva Dahl was born in Lund, the daughter of Joan Dahl, a painter. His friend Otto Berg was born in Oslo, the son of Anton Berg, a farmer. On 11 January 1948, Holm married for the third time, to Ellen Gregory. His brother Curt Holm was married four times, to Jeanne Gross, Lucille Moe, Judy Starkey, and Susan Ungaro. Curt Holm died on 11 March 1960 in Boston. Karl Holm and his wife helped found the Unitarian Church of Lund. Ivo Lind and Eva Moe helped found the Farmers League. Otto Berg adopted two children: Kenneth and Barbara. Otto Berg died, aged 56, in Cuernavaca, Mexico. Ivo Lind died, aged 80, in Lyon. In 1930 Ivo Lind married Lise Moe. They had two sons, Tor and Nils.";

    private static ExtractionResult families;

    /** Stays told by a clause's opening or a relative clause, refuge, lawsuits, activity in a body. */
    private static final String STAYS = "Karl Holm (1901–1970) was an American painter." + "\n\n"
            + "While in France, Holm wrote a novel. While in Rome, his brother Jon Holm met his wife. Karl Holm was born in Sheffield and brought up in Surrey. Jon Holm was born in Buffalo, where he spent his early childhood. In 1930 Ada Lund moved to Dallas, where she grew up. Ada Lund was deported to Malta, where she spent two years. In 1942, Holm retired to Carmel Valley. In 1960 Karl Holm took refuge in Gaul. In 1961 Ada Lund sought asylum in Sweden. In 1962 Holm sued Sam Spiegel. In 1963 Ada Lund sued the Daily Post. Holm was active in the League for Industrial Democracy. Ada Lund became active in the Peace Society.";

    private static ExtractionResult stays;

    /** A mother's maiden name in an aside is no parent, even when a namesake is named later. */
    private static final String MAIDEN_NAME = "Lise Moe (born 1947) is a British politician.\n\nBorn in Bath, Somerset, Moe "
            + "is the daughter of Rita Noreen (_née_ Plummer; 1911–2007) and civil servant James Murray Moe. Moe's maternal "
            + "grandfather, James Henry Plummer, was born in Cork in 1874.";

    @BeforeAll
    static void read() {
        result = TestPipelines.read("anna-roe.txt", BIOGRAPHY).result();
        asTitles = TestPipelines.read("ivo-holm.txt", AS_TITLES).result();
        seatsAndHyphens = TestPipelines.read("kari-moe.txt", SEATS_AND_HYPHENS).result();
        sides = TestPipelines.read("karl-jensen.txt", SIDES).result();
        maidenName = TestPipelines.read("lise-moe.txt", MAIDEN_NAME).result();
        stancesAndTitles = TestPipelines.read("karl-holt.txt", STANCES_AND_TITLES).result();
        eventNouns = TestPipelines.read("ida-wallin.txt", EVENT_NOUNS).result();
        worksAndNations = TestPipelines.read("sara-lind.txt", WORKS_AND_NATIONS).result();
        homes = TestPipelines.read("liv-hauge.txt", HOMES).result();
        jobs = TestPipelines.read("emil-dahl.txt", JOBS).result();
        families = TestPipelines.read("karl-holm.txt", FAMILIES).result();
        stays = TestPipelines.read("karl-holm-stays.txt", STAYS).result();
        deathsAndBodies = TestPipelines.read("ivo-lund.txt", DEATHS_AND_BODIES).result();
        bornDied = new ExtractionResult[]{TestPipelines.read("ivar-moe.txt", BORN_DIED_LEADS[0]).result(),
                TestPipelines.read("eva-holm.txt", BORN_DIED_LEADS[1]).result()};
        leads = new ExtractionResult[]{TestPipelines.read("ada-voss.txt", LEADS[0]).result(),
                TestPipelines.read("ole-dahl.txt", LEADS[1]).result()};
    }

    @Test
    void aSeatForAConstituencyIsAnOffice() {
        Fact dover = factIn(seatsAndHyphens, "heldOffice", "Kari Moe", "Member of Parliament for Dover");
        assertEquals("1987", dover.start().iso());
        assertEquals("1998", factIn(seatsAndHyphens, "heldOffice", "Ola Brun", "MP for Hamar").start().iso());
        assertEquals("1990", factIn(seatsAndHyphens, "heldOffice", "Eva Dahl", "Member of the Landsting for Vest").start().iso());
        // the body stays a name of its own, without the constituency
        factIn(seatsAndHyphens, "memberOf", "Kari Moe", "Parliament");
        assertNull(FactLookup.find(seatsAndHyphens, "memberOf", "Eva Dahl", "Landsting for Vest"), seatsAndHyphens.facts().toString());
        // the party before a seat's title, or after "for" on a membership
        assertEquals("1987", factIn(seatsAndHyphens, "memberOf", "Kari Moe", "Labour Party").start().iso());
        assertEquals("1992", factIn(seatsAndHyphens, "memberOf", "Lise Berg", "Farmers Party").start().iso());
        factIn(seatsAndHyphens, "memberOf", "Marte Vik", "Farmers Party");
        factIn(seatsAndHyphens, "memberOf", "Tone Lie", "Green League");
        // a party after "for" is no constituency
        assertEquals("2019", factIn(seatsAndHyphens, "memberOf", "Kari Moe", "European Parliament").start().iso());
        assertTrue(seatsAndHyphens.facts().stream().noneMatch(f -> f.object() != null && f.object().label().endsWith("Green Party")
                && f.relation() == Relation.HELD_OFFICE), seatsAndHyphens.facts().toString());
    }

    @Test
    void particlesBetweenHyphensAndAmpersandsAreInsideAName() {
        factIn(seatsAndHyphens, "heldOffice", "Knut Aas", "Leader of Folk-i-Vest");
        factIn(seatsAndHyphens, "memberOf", "Ivo Lie", "Bloc-i-Nord");
        factIn(seatsAndHyphens, "heldOffice", "Karl Holt", "Director of Holt & Cie.");
        factIn(seatsAndHyphens, "heldOffice", "Lise Vang", "Chairman of Vang & Sons");
    }

    @Test
    void aNameThatModifiesACommonNounNamesNoBody() {
        assertTrue(seatsAndHyphens.facts().stream().noneMatch(f -> f.object() != null && f.object().label().matches(".*(in the Vest|the Ruritanian)$")),
                seatsAndHyphens.facts().toString());
    }

    @Test
    void aVerbReadAsTheModifierOfAGluedSubjectHeadsItsClause() {
        Fact emigrated = factIn(seatsAndHyphens, "residedIn", "Jensen", "United States");
        assertEquals("1930", emigrated.start().iso());
        assertTrue(emigrated.evidence().get(0).ruleWithRepairs().contains("restore-glued-subjects"), emigrated.toString());
        assertEquals("1950", factIn(seatsAndHyphens, "residedIn", "Nielsen", "Oslo").start().iso());
    }

    @Test
    void aDescriptionApposedToABodyTellsWhoFoundedIt() {
        factIn(seatsAndHyphens, "founded", "Anna Weber", "Labour League");
        assertEquals("1901", factIn(seatsAndHyphens, "founded", "Thomas Clarke", "Daily Courier").start().iso());
    }

    @Test
    void aGerundAfterBySharesTheSubject() {
        assertEquals("1957", factIn(seatsAndHyphens, "memberOf", "Anna Weber", "Farmers Party").start().iso());
        Fact founded = factIn(seatsAndHyphens, "founded", "Peter Hansen", "National Unity Party");
        assertTrue(founded.evidence().get(0).ruleWithRepairs().contains("share-subjects-with-participle-clauses"), founded.toString());
    }

    @Test
    void aConflictNounsSideIsItsPossessorOrItsClausesSubject() {
        factIn(sides, "opposed", "Frederik Holm", "Christian Dahl");
        factIn(sides, "opposed", "Valdemar Ryberg", "Einar Hvid");
        factIn(sides, "opposed", "Henning Krag", "Michael Strand");
        factIn(sides, "opposed", "William Harris", "George Whitfield");
        factIn(sides, "opposed", "Karl Jensen", "Poul Ravn");
        assertNull(FactLookup.find(sides, "opposed", "Karl Jensen", "Christian Dahl"), sides.facts().toString());
        assertNull(FactLookup.find(sides, "opposed", "Karl Jensen", "Einar Hvid"), sides.facts().toString());
    }

    @Test
    void whoSomeonesSupportersOrCriticsIncludedAreAlliesOrOpponents() {
        factIn(sides, "alliedWith", "Tove Lund", "Ejnar Brun");
        factIn(sides, "alliedWith", "Ib Thorsen", "Otto Kamp");
        factIn(sides, "opposed", "Rudolf Meier", "Konrad Fuchs");
        factIn(sides, "opposed", "Lars Dam", "Svend Moe");
        factIn(sides, "opposed", "Karl Jensen", "Axel Kjaer");
        factIn(sides, "opposed", "Otto Kamp", "Peter Skov");
    }

    @Test
    void supportWonOrBehindSomeoneIsAnAlliance() {
        factIn(sides, "alliedWith", "Peter Hansen", "Niels Madsen");
        factIn(sides, "alliedWith", "Anna Weber", "Thomas Clarke");
        factIn(sides, "alliedWith", "Ernst Krüger", "Walter Hoffmann");
        factIn(sides, "alliedWith", "Jens Bruun", "Ole Holst");
    }

    @Test
    void aNicknameInQuotesIsInsideTheName() {
        Fact father = factIn(sides, "parentOf", "Johannes \"Jan\" Jensen", "Karl Jensen");
        assertTrue(father.evidence().get(0).ruleWithRepairs().contains("read-names-as-one-phrase"), father.toString());
        factIn(sides, "parentOf", "Hendrina Cornelia Holm", "Karl Jensen");
        factIn(seatsAndHyphens, "parentOf", "Maria \"Mia\" Berg", "Kari Moe");
        factIn(seatsAndHyphens, "parentOf", "Thomas \"Tom\" Aas", "Kari Moe");
    }

    @Test
    void aRelativeClauseHungOnANameIsTheNames() {
        Fact supported = factIn(sides, "alliedWith", "Rudolf Meier", "Konrad Fuchs");
        assertTrue(supported.evidence().get(0).ruleWithRepairs().contains("read-relative-clauses-as-the-nearest-names"), supported.toString());
        factIn(sides, "alliedWith", "Lise Falk", "Tore Dahl");
    }

    @Test
    void workingStationedEnlistingAndHomesOfNamedPeople() {
        factIn(sides, "residedIn", "Erich Vogt", "Berlin");
        assertEquals("1920", factIn(sides, "residedIn", "Greta Lange", "Bergen").start().iso());
        factIn(sides, "residedIn", "Torstein Berge", "Hamburg");
        factIn(sides, "residedIn", "Olav Rustad", "Tromsø");
        assertEquals("1914", factIn(sides, "memberOf", "Ivar Nygaard", "Home Guard").start().iso());
        factIn(sides, "memberOf", "Jens Solberg", "Royal Navy");
        assertEquals("1927", factIn(sides, "memberOf", "Sverre Kvam", "Storting").start().iso());
        factIn(sides, "memberOf", "Liv Haugen", "National Assembly");
        factIn(sides, "residedIn", "Walter Engel", "Vienna");
        factIn(sides, "residedIn", "Bruno Seidel", "Graz");
        assertNull(FactLookup.find(sides, "residedIn", "Karl Jensen", "Vienna"), sides.facts().toString());
    }

    @Test
    void aSecondPredicateNounSharesTheCopulaAndTheSubject() {
        Fact member = factIn(sides, "memberOf", "Finn Brekke", "Labour Party");
        assertTrue(member.evidence().get(0).ruleWithRepairs().contains("share-subjects-with-conjoined-predicates"), member.toString());
        factIn(sides, "memberOf", "Mette Ruud", "Farmers Party");
    }

    @Test
    void disagreeingAndFallingOutAreConflictsFallingInIsNot() {
        factIn(stancesAndTitles, "opposed", "Cy Moe", "Eva Holm");
        assertEquals("1931", factIn(stancesAndTitles, "opposed", "Henrik Berg", "Olaf Lind").start().iso());
        assertEquals("1962", factIn(stancesAndTitles, "opposed", "Bob Lee", "Cy Moe").start().iso());
        factIn(stancesAndTitles, "opposed", "Anna Kruse", "Jonas Brandt");
        assertNull(FactLookup.find(stancesAndTitles, "opposed", "Lise Berg", "Ove Krag"), stancesAndTitles.facts().toString());
        assertNull(FactLookup.find(stancesAndTitles, "opposed", "Dan Holt", "Nils Bang"), stancesAndTitles.facts().toString());
    }

    @Test
    void loyaltyAndCampaigningForSomeoneAreSupport() {
        factIn(stancesAndTitles, "alliedWith", "Ann Roe", "Karl Jensen");
        factIn(stancesAndTitles, "alliedWith", "Petra Lind", "Hans Ek");
        Fact campaigned = factIn(stancesAndTitles, "alliedWith", "Cy Moe", "Karl Jensen");
        assertTrue(campaigned.evidence().get(0).ruleWithRepairs().contains("pass-arguments-to-appositive-names"), campaigned.toString());
        assertEquals("1964", factIn(stancesAndTitles, "alliedWith", "Greta Sund", "Johan Vik").start().iso());
    }

    @Test
    void aNameApposedToTheNounOfAStanceIsItsObject() {
        factIn(stancesAndTitles, "opposed", "Bob Lee", "Karl Jensen");
        factIn(stancesAndTitles, "opposed", "Lars Dahl", "Tom Rask");
    }

    @Test
    void aSecondTitleAfterABodyIsATitleOfItsOwn() {
        Fact treasurer = factIn(stancesAndTitles, "heldOffice", "Ann Roe", "Treasurer of the Lund Union");
        assertEquals("1950", treasurer.start().iso());
        assertTrue(treasurer.evidence().get(0).ruleWithRepairs().contains("read-titles-after-bodies-as-second-titles"), treasurer.toString());
        factIn(stancesAndTitles, "heldOffice", "Dan Holt", "Vice-president of the Lund Rowing Club");
        factIn(stancesAndTitles, "heldOffice", "Ivar Berg", "Chair of the Law Society of Lund");
        factIn(stancesAndTitles, "heldOffice", "Cy Moe", "Editor of the Farmers Weekly");
        // the first title keeps its own body
        factIn(stancesAndTitles, "heldOffice", "Ann Roe", "Secretary of the Lund Labour Club");
    }

    @Test
    void whereOneWasRaisedOrMovedAHomeToIsWhereOneLived() {
        factIn(stancesAndTitles, "residedIn", "Finn Lie", "Manchester");
        // a date in the sentence is not the upbringing's
        assertNull(factIn(stancesAndTitles, "residedIn", "Sofie Hansen", "Leeds").start(), stancesAndTitles.facts().toString());
        assertEquals("1846", factIn(stancesAndTitles, "residedIn", "Erik Dahl", "Fordham").start().iso());
        factIn(stancesAndTitles, "residedIn", "Maja Berg", "Bergen");
        assertEquals("1971", factIn(stancesAndTitles, "residedIn", "Karl Holt", "Toronto").start().iso());
    }

    @Test
    void anOpeningDescriptionBesideAPronounDescribesIt() {
        Fact member = factIn(stancesAndTitles, "memberOf", "Karl Holt", "Farmers Party");
        assertTrue(member.evidence().get(0).ruleWithRepairs().contains("read-opening-descriptions-of-the-subject"), member.toString());
        factIn(stancesAndTitles, "founded", "Karl Holt", "Farmers Party");
        factIn(stancesAndTitles, "memberOf", "Karl Holt", "Green League");
    }

    @Test
    void aFoundingMemberIsAFounder() {
        factIn(stancesAndTitles, "founded", "Ivar Berg", "Socialist Union");
        factIn(stancesAndTitles, "memberOf", "Ivar Berg", "Socialist Union");
        factIn(stancesAndTitles, "founded", "Nina Holm", "Women's League");
    }

    @Test
    void namesCoordinatedAfterTheVerbAreNoSubjectsOfIt() {
        Fact merged = factIn(stancesAndTitles, "alliedWith", "Farmers Party", "Peasant Front");
        assertTrue(merged.evidence().get(0).ruleWithRepairs().contains("drop-subjects-read-after-their-verbs"), merged.toString());
        factIn(stancesAndTitles, "alliedWith", "Farmers Party", "Rural Union");
        factIn(stancesAndTitles, "alliedWith", "Green Party", "Tenants Union");
        assertNull(FactLookup.find(stancesAndTitles, "alliedWith", "Rural Union", "Green League"), stancesAndTitles.facts().toString());
        assertNull(FactLookup.find(stancesAndTitles, "alliedWith", "Tenants Union", "Labour League"), stancesAndTitles.facts().toString());
    }

    @Test
    void aKindOfPlaceStandsForThePlaceItNames() {
        Fact born = factIn(stancesAndTitles, "bornIn", "Lise Aas", "Molde");
        assertTrue(born.evidence().get(0).ruleWithRepairs().contains("read-place-kinds-as-their-names"), born.toString());
        factIn(stancesAndTitles, "diedIn", "Ole Dahl", "Bergen");
        factIn(stancesAndTitles, "residedIn", "Ada Berg", "Bonn");
        factIn(stancesAndTitles, "residedIn", "Ada Berg", "Jena");
    }

    @Test
    void aTitleCoordinatedWithAnOccupationIsHeld() {
        Fact director = factIn(stancesAndTitles, "heldOffice", "Ivar Moe", "Director of the Bergen Shipping Company");
        assertTrue(director.evidence().get(0).ruleWithRepairs().contains("share-subjects-with-conjoined-predicates"), director.toString());
        factIn(stancesAndTitles, "heldOffice", "Tove Lie", "Chairman of the Oslo Rowing Club");
        factIn(stancesAndTitles, "heldOffice", "Jonas Vik", "Director of the local gymnasium");
        factIn(stancesAndTitles, "heldOffice", "Hilde Rud", "Curator of the city museum");
    }

    @Test
    void aFriendAndAllyOfSomeoneIsAnAlly() {
        Fact ally = factIn(stancesAndTitles, "alliedWith", "John Button", "Hayden");
        assertTrue(ally.evidence().get(0).ruleWithRepairs().contains("share-later-phrases-with-conjuncts"), ally.toString());
        factIn(stancesAndTitles, "alliedWith", "Erik Dahl", "Karl Holt");
    }

    @Test
    void timeSpentInExileSomewhereIsAnExileThere() {
        factIn(stancesAndTitles, "exiledTo", "Nils Holm", "Sweden");
        assertEquals("1940", factIn(stancesAndTitles, "exiledTo", "Eva Lund", "London").start().iso());
    }

    @Test
    void aBodyNamedInLowerCaseMayHaveACapitalizedModifier() {
        factIn(stancesAndTitles, "heldOffice", "Jens Lie", "Leader of the moderate-socialist Trudovik faction");
        assertEquals("1950", factIn(stancesAndTitles, "heldOffice", "Eva Lund", "Secretary of the liberal Ostby group").start().iso());
    }

    @Test
    void hisWifeAfterADescribedParentIsTheParentsWife() {
        factIn(stancesAndTitles, "spouse", "Marco Bellini", "Lucia Rossi");
        factIn(stancesAndTitles, "spouse", "Jonathan Krag", "Mary Lund");
        assertNull(FactLookup.find(stancesAndTitles, "spouse", "Karl Holt", "Mary Lund"), stancesAndTitles.facts().toString());
        assertNull(FactLookup.find(stancesAndTitles, "spouse", "Karl Holt", "Lucia Rossi"), stancesAndTitles.facts().toString());
        // and the second parent
        factIn(stancesAndTitles, "parentOf", "Inger Dahl", "Karl Holt");
        factIn(stancesAndTitles, "parentOf", "Anna Conti", "Marco Bellini");
    }

    @Test
    void siblingsListedAfterHadAreSiblings() {
        factIn(stancesAndTitles, "siblingOf", "Marco Bellini", "Gloria Bellini");
        factIn(stancesAndTitles, "siblingOf", "Marco Bellini", "Billy Bellini");
        factIn(stancesAndTitles, "siblingOf", "Tomas Vik", "Harald");
        factIn(stancesAndTitles, "siblingOf", "Tomas Vik", "Ellen");
    }

    @Test
    void aTitleAfterOfWhichIsTheBodys() {
        assertEquals("1960", factIn(stancesAndTitles, "heldOffice", "Karl Holt", "President of the Cambridge Footlights Club").start().iso());
        assertEquals("1940", factIn(stancesAndTitles, "heldOffice", "Karl Holt", "Chairman of the Danish Chess Union").end().iso());
    }

    @Test
    void anElectionOrAppointmentAsATitleStartsATermAndAResignationEndsIt() {
        assertEquals("1930", factIn(eventNouns, "heldOffice", "Ida Wallin", "Mayor of Uppsala").start().iso());
        assertEquals("1932", factIn(eventNouns, "heldOffice", "Nils Ek", "Minister of Justice").start().iso());
        Fact speaker = factIn(eventNouns, "heldOffice", "Olof Berg", "Speaker of the Riksdag");
        assertEquals("1936", speaker.end().iso());
        assertNull(speaker.start(), speaker.toString());
    }

    @Test
    void aMembershipAFoundingOrAnExileOfAPossessorIsTheirs() {
        assertEquals("1940", factIn(eventNouns, "memberOf", "Ida Wallin", "Farmers League").end().iso());
        factIn(eventNouns, "memberOf", "Nils Ek", "Green Union");
        assertEquals("1942", factIn(eventNouns, "founded", "Ida Wallin", "Uppsala Review").start().iso());
        assertEquals("1944", factIn(eventNouns, "founded", "Olof Berg", "Lund Gazette").start().iso());
        factIn(eventNouns, "exiledTo", "Ida Wallin", "Oslo");
        factIn(eventNouns, "exiledTo", "Nils Ek", "London");
    }

    @Test
    void anActiveVerbAfterAPassiveOneAndWhatSomeoneWentOnToDoAreTheSubjects() {
        factIn(eventNouns, "heldOffice", "Olof Berg", "Mayor of Malmö");
        assertEquals("1949", factIn(eventNouns, "memberOf", "Nils Ek", "Peasant Union").start().iso());
        factIn(eventNouns, "heldOffice", "Ida Wallin", "Minister of Trade");
        factIn(eventNouns, "heldOffice", "Olof Berg", "Governor of Scania");
        factIn(eventNouns, "memberOf", "Nils Ek", "Rural League");
    }

    @Test
    void aNationalityIsNoPartyAWorksTitleNamesNoOneAndALifePartnerIsNoAlly() {
        assertNull(FactLookup.find(worksAndNations, "memberOf", "Sara Lind", "Americans"), worksAndNations.facts().toString());
        assertNull(FactLookup.find(worksAndNations, "memberOf", "Tom Ray", "Americans"), worksAndNations.facts().toString());
        factIn(worksAndNations, "memberOf", "Tom Ray", "Whigs");
        assertTrue(worksAndNations.facts().stream().noneMatch(f -> f.relation().name().equals("HELD_OFFICE")),
                worksAndNations.facts().toString());
        assertNull(FactLookup.find(worksAndNations, "alliedWith", "Jon Berg", "Sara Lind"), worksAndNations.facts().toString());
        factIn(worksAndNations, "alliedWith", "Greens", "Reds");
    }

    @Test
    void yearsSpentSomewhereTheFamilysStayAndWhomOneLivedWithTellAHome() {
        factIn(homes, "residedIn", "Liv Hauge", "Bergen");
        assertEquals("1912", factIn(homes, "residedIn", "Liv Hauge", "Trondheim").end().iso());
        factIn(homes, "residedIn", "Liv Hauge", "Tromsø");
        factIn(homes, "residedIn", "Liv Hauge", "Oslo");
        factIn(homes, "residedIn", "Nils Hauge", "Lyon");
        // years in exile are an exile, not a home
        factIn(homes, "exiledTo", "Liv Hauge", "Kazakhstan");
        assertNull(FactLookup.find(homes, "residedIn", "Liv Hauge", "Kazakhstan"), homes.facts().toString());
    }

    @Test
    void oneOfSeveralChildrenOfNamedParentsIsTheirChild() {
        factIn(homes, "parentOf", "Robert Hauge", "Liv Hauge");
        factIn(homes, "parentOf", "Sarah Green", "Liv Hauge");
        factIn(homes, "parentOf", "Eva Holm", "Karl Lind");
        factIn(homes, "parentOf", "Anton Lind", "Karl Lind");
    }

    @Test
    void aMarriageAfterAndIsASecondVerbThoughTaggedAnAdjective() {
        assertEquals("1935", factIn(homes, "spouse", "Karl Lind", "Eva Strand").start().iso());
        assertEquals("1950", factIn(homes, "spouse", "Olaf Brekke", "Ingrid Moe").start().iso());
        factIn(homes, "memberOf", "Olaf Brekke", "Farmers Party");
    }

    @Test
    void staysToldByAnOpeningOrARelativeClauseButNotAnExile() {
        factIn(stays, "residedIn", "Karl Holm", "France");
        factIn(stays, "residedIn", "Jon Holm", "Rome");
        factIn(stays, "residedIn", "Karl Holm", "Surrey");
        factIn(stays, "residedIn", "Jon Holm", "Buffalo");
        assertEquals("1942", factIn(stays, "residedIn", "Karl Holm", "Carmel Valley").start().iso());
        factIn(stays, "exiledTo", "Ada Lund", "Malta");
        assertNull(FactLookup.find(stays, "residedIn", "Ada Lund", "Malta"), stays.facts().toString());
    }

    @Test
    void refugeLawsuitsAndActivityInABody() {
        assertEquals("1960", factIn(stays, "exiledTo", "Karl Holm", "Gaul").start().iso());
        assertEquals("1961", factIn(stays, "exiledTo", "Ada Lund", "Sweden").start().iso());
        factIn(stays, "opposed", "Karl Holm", "Sam Spiegel");
        factIn(stays, "opposed", "Ada Lund", "Daily Post");
        factIn(stays, "memberOf", "Karl Holm", "League for Industrial Democracy");
        factIn(stays, "memberOf", "Ada Lund", "Peace Society");
    }

    @Test
    void parentsOfASpouseNamedBeforeHerBirthPlace() {
        factIn(families, "parentOf", "Joan Dahl", "Eva Dahl");
        factIn(families, "parentOf", "Anton Berg", "Otto Berg");
    }

    @Test
    void marriagesToldByTheirNumberAndNoneEndsAtTheDeathOfOneMarriedFourTimes() {
        assertEquals("1948-01-11", factIn(families, "spouse", "Karl Holm", "Ellen Gregory").start().iso());
        for (String wife : List.of("Jeanne Gross", "Lucille Moe", "Judy Starkey", "Susan Ungaro")) {
            assertNull(factIn(families, "spouse", "Curt Holm", wife).end(), families.facts().toString());
        }
    }

    @Test
    void aChildIsNotDatedByTheWeddingToldBefore() {
        assertNull(factIn(families, "parentOf", "Ivo Lind", "Tor").start(), families.facts().toString());
        assertNull(factIn(families, "parentOf", "Lise Moe", "Nils").start(), families.facts().toString());
    }

    @Test
    void adoptedChildrenFoundingsHelpedAndADeathAtAnAge() {
        factIn(families, "parentOf", "Otto Berg", "Kenneth");
        factIn(families, "parentOf", "Otto Berg", "Barbara");
        factIn(families, "founded", "Karl Holm", "Unitarian Church of Lund");
        factIn(families, "founded", "Ivo Lind", "Farmers League");
        factIn(families, "founded", "Eva Moe", "Farmers League");
        factIn(families, "diedIn", "Otto Berg", "Cuernavaca");
    }

    @Test
    void anObjectPronounIsNotItsOwnClausesSubject() {
        assertEquals("1955", factIn(jobs, "heldOffice", "Bo Lund", "Leader of the Farmers Party").end().iso());
        Fact successor = factIn(jobs, "heldOffice", "Emil Dahl", "Leader of the Farmers Party");
        assertEquals("1955", successor.start().iso());
        assertNull(successor.end(), jobs.facts().toString());
        factIn(jobs, "opposed", "Emil Dahl", "Nils Ek");
    }

    @Test
    void aSchoolOrFirmWorkedAtIsNoHomeNorAMembership() {
        factIn(jobs, "residedIn", "Emil Dahl", "Oxford");
        factIn(jobs, "memberOf", "Karl Dahl", "Farmers Party");
        for (String place : List.of("Aarhus Prep", "Copenhagen Academy of Fine Arts")) {
            assertTrue(jobs.facts().stream().noneMatch(f -> f.relation() == Relation.RESIDED_IN && f.object().label().equals(place)),
                    jobs.facts().toString());
        }
        for (String body : List.of("City College of Aarhus", "Royal Institute of Technology", "Holm agency", "University of Lund")) {
            assertTrue(jobs.facts().stream().noneMatch(f -> f.relation() == Relation.MEMBER_OF && f.object().label().equals(body)),
                    jobs.facts().toString());
        }
    }

    @Test
    void anAcademicsHonorificAloneIsNoPost() {
        assertNull(FactLookup.find(jobs, "heldOffice", "Tor Lind", "Professor"), jobs.facts().toString());
        factIn(jobs, "heldOffice", "Siv Moe", "Physics Professor");
    }

    @Test
    void aGameOrAJointWorkIsNoFightNorAnAlliance() {
        assertEquals("1962", factIn(jobs, "opposed", "Karl Dahl", "Farmers Party").start().iso());
        factIn(jobs, "alliedWith", "Emil Dahl", "Bo Lund");
        assertTrue(jobs.facts().stream().noneMatch(f -> f.relation() == Relation.OPPOSED && f.subject().label().equals("Jon Dahl")),
                jobs.facts().toString());
        assertTrue(jobs.facts().stream().noneMatch(f -> f.relation() == Relation.ALLIED_WITH
                && (f.object().label().equals("Ivo Vang") || f.object().label().equals("Ole Bak")
                || f.subject().label().equals("Ivo Vang") || f.subject().label().equals("Ole Bak"))), jobs.facts().toString());
    }

    @Test
    void whereOneGrewUpAfterAnOpeningBornInIsNoBirthPlace() {
        factIn(homes, "bornIn", "Liv Hauge", "Leeds");
        factIn(homes, "residedIn", "Liv Hauge", "York");
        assertNull(FactLookup.find(homes, "bornIn", "Liv Hauge", "York"), homes.facts().toString());
    }

    @Test
    void aParticipleAfterHavingTakesTheSubjectOfItsClause() {
        factIn(eventNouns, "memberOf", "Ida Wallin", "Swedish Navy");
        factIn(eventNouns, "memberOf", "Olof Berg", "Farmers League");
    }

    @Test
    void aBareLegislatorsTitleIsASeatInTheChamber() {
        Fact seat = factIn(stancesAndTitles, "memberOf", "Karl Holt", "Senate");
        assertEquals("1892", seat.start().iso());
        assertTrue(seat.evidence().get(0).rule().equals("memberOf/seat-as-membership"), seat.toString());
        factIn(stancesAndTitles, "memberOf", "Jan Berg", "Senate");
        assertNull(FactLookup.find(stancesAndTitles, "heldOffice", "Karl Holt", "Senator"), stancesAndTitles.facts().toString());
        factIn(stancesAndTitles, "heldOffice", "Ole Lind", "United States Senator");
    }

    @Test
    void aMaidenNameInAnAsideIsNoParent() {
        factIn(maidenName, "parentOf", "Rita Noreen", "Lise Moe");
        factIn(maidenName, "parentOf", "James Murray Moe", "Lise Moe");
        assertNull(FactLookup.find(maidenName, "parentOf", "James Henry Plummer", "Lise Moe"), maidenName.facts().toString());
    }

    @Test
    void supportDeclaredByANamedSubjectIsTheirs() {
        factIn(sides, "alliedWith", "Christoph Lehmann", "Hubert Sauer");
        assertNull(FactLookup.find(sides, "alliedWith", "Karl Jensen", "Hubert Sauer"), sides.facts().toString());
        factIn(sides, "alliedWith", "Arthur Mason", "Samuel Wright");
        factIn(sides, "alliedWith", "Nils Bang", "Erik Lund");
    }

    @Test
    void aBareLowerCaseTitleBeforeANameIsAnOccupation() {
        assertNull(FactLookup.find(seatsAndHyphens, "heldOffice", "Siri Bakke", "Director"), seatsAndHyphens.facts().toString());
        assertNull(FactLookup.find(seatsAndHyphens, "heldOffice", "Arne Vik", "Judge"), seatsAndHyphens.facts().toString());
        factIn(seatsAndHyphens, "heldOffice", "Jon Vik", "Deputy");
        assertEquals("2007", factIn(seatsAndHyphens, "heldOffice", "Ola Brun", "Mayor").start().iso());
    }

    @Test
    void aDeathToldInAnotherClauseDatesIt() {
        assertEquals("1952", lundFact("deathDate", "Otto Berg", "1952").date().iso());
        assertEquals("1953-03-03", lundFact("deathDate", "Eva Brun", "1953-03-03").date().iso());
        for (String[] repaired : new String[][]{{"Karl Holm", "1954-04-10"}, {"Carl Berg", "1959-05-04"}}) {
            Fact f = lundFact("deathDate", repaired[0], repaired[1]);
            assertTrue(f.evidence().get(0).ruleWithRepairs().contains("read-dates-after-event-nouns-as-theirs"), f.toString());
        }
        lundFact("deathDate", "Nils Berg", "1916-12");
        lundFact("deathDate", "Sven Aas", "1921-03");
        // a noun the tagger took for an adjective ("rival", "veteran") still has the name beside it
        lundFact("diedIn", "Eva Moe", "Bergen");
        lundFact("deathDate", "Ola Berg", "1975");
    }

    @Test
    void aTitleAfterABodysPossessiveIsThatBodysPost() {
        lundFact("heldOffice", "Carl Dorn", "Secretary of the Harbour Workers League");
        lundFact("heldOffice", "Ivo Mark", "Leader of the Green Party");
    }

    @Test
    void aTitleAfterAPersonsOrAPlacesPossessiveIsInTheirService() {
        lundFact("heldOffice", "Jon Vik", "Deputy to Karl Holt");
        lundFact("heldOffice", "Ola Strand", "Aide to Eva Brun");
        lundFact("heldOffice", "Siri Bakke", "Foreign minister of Denmark");
        lundFact("heldOffice", "Arne Vik", "President of Sweden");
    }

    @Test
    void aSecondPredicateOrAnOpeningParticipleSharesTheSubject() {
        lundFact("memberOf", "Eva Holm", "Blue Party");
        lundFact("founded", "Karl Holt", "Lund Circle");
        lundFact("memberOf", "Ivo Lund", "Farmers Party");
    }

    @Test
    void anAndAfterABodysOfMayBeInsideItsName() {
        lundFact("memberOf", "Ivo Lund", "Society of Painters and Sculptors");
        lundFact("expelledFrom", "Eva Holm", "Union of Writers and Translators");
        lundFact("memberOf", "Karl Holt", "Order of Foresters");
        assertNull(FactLookup.find(deathsAndBodies, "memberOf", "Karl Holt", "Order of Foresters and Oxfam"),
                "a name the tagger tags on its own is a second body");
    }

    @Test
    void aMainVerbAfterARelativeClauseTakesTheNounItDescribes() {
        assertEquals("2000", lundFact("memberOf", "Jon Vik", "Forest Party").start().iso());
        lundFact("diedIn", "Siri Bakke", "Bergen");
        lundFact("deathDate", "Siri Bakke", "2001");
    }

    @Test
    void aBodyNamedInLowerCaseInATitleIsTheOneNamedBefore() {
        assertEquals("2003", lundFact("heldOffice", "Ivo Lund", "Secretary of the Harbour Dockers' Union").start().iso());
        assertEquals("2005", lundFact("heldOffice", "Eva Holm", "Treasurer of the Moss Party").start().iso());
    }

    @Test
    void anOrdinalOpensABodysName() {
        lundFact("heldOffice", "Karl Holt", "Commander of the 3rd Artillery Battalion");
        lundFact("memberOf", "Jon Vik", "4th Army");
    }

    @Test
    void aFamilysMoveAndAHomeOfOnesOwnAreResidences() {
        assertEquals("2008", lundFact("residedIn", "Karl Holt", "Tromsø").start().iso());
        assertEquals("2009", lundFact("residedIn", "Ivo Lund", "Hamar").start().iso());
        assertEquals("2010", lundFact("residedIn", "Eva Holm", "Molde").start().iso());
        assertEquals("2011", lundFact("residedIn", "Jon Vik", "Bodø").start().iso());
        lundFact("residedIn", "Siri Bakke", "Skien");
        lundFact("residedIn", "Arne Vik", "Stavanger");
    }

    @Test
    void thereIsThePlaceNamedBeforeIt() {
        assertEquals("2014", lundFact("residedIn", "Ada Brun", "Kiruna").end().iso());
        lundFact("diedIn", "Ola Strand", "Lillehammer");
        assertNull(FactLookup.find(deathsAndBodies, "residedIn", "Eva Brun", "Lillehammer"), "a body named after the place");
    }

    @Test
    void supportGivenToSomeoneIsAnAlliance() {
        assertEquals("2017", lundFact("alliedWith", "Karl Holt", "Siri Bakke").start().iso());
        assertEquals("2018", lundFact("alliedWith", "Moss Party", "Arne Vik").start().iso());
    }

    @Test
    void aPurposeClauseIsTheSubjectsNotTheObjects() {
        assertEquals("2019", lundFact("opposed", "Eva Holm", "Karl Holt").start().iso());
        lundFact("opposed", "Siri Bakke", "Jon Vik");
        assertNull(FactLookup.find(deathsAndBodies, "residedIn", "Arne Vik", "Halden"), "settling scores is no stay");
    }

    @Test
    void whereOneDiedIsReadInMoreWays() {
        lundFact("diedIn", "Jens Aas", "Trondheim");
        assertEquals("2020", lundFact("deathDate", "Jens Aas", "2020").date().iso());
        lundFact("diedIn", "Olav Brekke", "Molde");
        lundFact("diedIn", "Tor Berg", "Verdun");
        lundFact("diedIn", "Karl Berg", "Lyon");
    }

    @Test
    void aNameBesideAPersonNounStaysAPerson() {
        for (String daughter : new String[]{"Gunhild", "Sunniva"}) {
            assertNull(FactLookup.find(deathsAndBodies, "memberOf", "Nils Berg", daughter), daughter);
            assertNull(FactLookup.find(deathsAndBodies, "residedIn", "Nils Berg", daughter), daughter);
        }
        assertNull(FactLookup.find(deathsAndBodies, "residedIn", "Otto Berg", "Eirik"));
        assertNull(FactLookup.find(deathsAndBodies, "memberOf", "Otto Berg", "Eirik"));
    }

    @Test
    void aNameBesideACommonNounTakesItsPlaceAsAnArgument() {
        lundFact("spouse", "Ivo Lund", "Vera Dahl");
        lundFact("opposed", "Ivo Lund", "Jan Moe");
        lundFact("founded", "Ivo Lund", "Terra Nova");
        lundFact("founded", "Ivo Lund", "Blue Review");
    }

    @Test
    void aLeadWithBornAndDiedGivesBothDatesAndPlaces() {
        String[][] expected = {{"Ivar Moe", "1908-02-09", "Moss", "1963-11-17", "Oslo"}, {"Eva Holm", "1850-05-03", "Lund", "1920-06-04", "Bergen"}};
        for (int i = 0; i < 2; i++) {
            String[] e = expected[i];
            for (String[] fact : new String[][]{{"birthDate", e[1]}, {"bornIn", e[2]}, {"deathDate", e[3]}, {"diedIn", e[4]}}) {
                factIn(bornDied[i], fact[0], e[0], fact[1]);
            }
        }
    }

    @Test
    void aRelativeClauseIsAboutTheNameItsWhoFollows() {
        lundFact("birthDate", "Pablo", "1931");
        lundFact("birthDate", "Isabel", "1934");
        lundFact("birthDate", "Nils Strand", "1902");
        lundFact("birthDate", "Karl Strand", "1905");
        for (String[] wrong : new String[][]{{"Pablo", "1934"}, {"Isabel", "1931"}, {"Nils Strand", "1905"}, {"Karl Strand", "1902"}}) {
            assertNull(FactLookup.find(deathsAndBodies, "birthDate", wrong[0], wrong[1]), deathsAndBodies.facts().toString());
        }
    }

    @Test
    void theCoupleAndTheyAfterAMarriageAreTheSubjectAndTheSpouse() {
        for (String[] family : new String[][]{{"Eva Berg", "Pablo"}, {"Ada Holm", "Jon"}, {"Ida Vik", "Mia"}}) {
            lundFact("parentOf", "Ivo Lund", family[1]);
            lundFact("parentOf", family[0], family[1]);
        }
    }

    @Test
    void aClauseOnTheDescriptionAfterANameIsAboutTheName() {
        assertEquals("1921", lundFact("founded", "Ola Strand", "Lund Reading Society").start().iso());
        lundFact("heldOffice", "Karl Aas", "Secretary of the Harbour Union");
        assertEquals("1930", lundFact("memberOf", "Per Moe", "Blue Party").start().iso());
    }

    @Test
    void theCapitalizedHeadWordOfABodyIsThatBody() {
        assertEquals("1966", lundFact("memberOf", "Ivo Lund", "International Committee on Press Freedom").end().iso());
        assertNull(FactLookup.find(deathsAndBodies, "memberOf", "Ivo Lund", "Committee"), deathsAndBodies.facts().toString());
    }

    @Test
    void aRivalOrAllyNamedAfterTheCopula() {
        lundFact("opposed", "Ivo Lund", "Karl Strom");
        lundFact("opposed", "Ivo Lund", "Jon Vik");
        lundFact("alliedWith", "Ivo Lund", "Per Dahl");
        lundFact("alliedWith", "Ivo Lund", "Ada Brun");
    }

    @Test
    void aLeadingVerbGivesItsAgentATitle() {
        assertEquals("1938", lundFact("heldOffice", "Ivo Lund", "Commander of the Fifth Artillery Battalion").end().iso());
        lundFact("heldOffice", "Ivo Lund", "Editor of the Harbour Review");
        lundFact("heldOffice", "Karl Holt", "Director of the Lund Institute");
        lundFact("heldOffice", "Pia Holt", "Leader of the Green League");
    }

    @Test
    void aPostIsNeverNamedAfterItsOwnHolder() {
        assertNull(FactLookup.find(deathsAndBodies, "heldOffice", "Olav Brekke", "Deputy to Olav Brekke"), deathsAndBodies.facts().toString());
        assertNull(FactLookup.find(deathsAndBodies, "heldOffice", "Jens Aas", "Aide to Jens Aas"), deathsAndBodies.facts().toString());
    }

    @Test
    void aPossessiveInsideAnOpenDescriptionIsTheNearestNames() {
        lundFact("spouse", "Karl Berg", "Ida Holm");
        assertNull(FactLookup.find(deathsAndBodies, "spouse", "Ivo Lund", "Ida Holm"), deathsAndBodies.facts().toString());
        assertNull(FactLookup.find(deathsAndBodies, "spouse", "Karl Berg", "Eva Berg"), deathsAndBodies.facts().toString());
    }

    @Test
    void growingUpBelongingSittingRepresentingAndExile() {
        lundFact("residedIn", "Ivo Lund", "Bergen");
        lundFact("memberOf", "Ivo Lund", "Lyceum Club");
        assertEquals("1945", lundFact("memberOf", "Ivo Lund", "Press Council").start().iso());
        assertEquals("1964", lundFact("memberOf", "Ivo Lund", "National Assembly").end().iso());
        lundFact("exiledTo", "Ivo Lund", "Paris");
        lundFact("exiledTo", "Ivo Lund", "Rome");
        lundFact("expelledFrom", "Ivo Lund", "France");
        assertNull(FactLookup.find(deathsAndBodies, "expelledFrom", "Ivo Lund", "French government"), deathsAndBodies.facts().toString());
    }

    private static Fact lundFact(String relation, String subject, String object) {
        return factIn(deathsAndBodies, relation, subject, object);
    }

    @Test
    void theOnesSomeoneWasBornToAndParentsNamedTogether() {
        assertFact("parentOf", "Hilde Moen", "Nora Vik");
        assertFact("parentOf", "Per Vik", "Nora Vik");
        assertFact("parentOf", "Anne Berg", "Sara Holt");
        assertFact("parentOf", "Jon Eide", "Olaf Lund");
        assertFact("parentOf", "Kari Foss", "Olaf Lund");
        assertFact("parentOf", "Liv Strand", "Nils Aas");
        // children listed with their years, which the parser chains name to name
        assertFact("parentOf", "Karl Dahl", "Karin");
        assertFact("parentOf", "Karl Dahl", "Ingrid");
    }

    @Test
    void aPartysMemberWordBeforeAPartisanNoun() {
        assertFact("memberOf", "Pia Moe", "Liberal Party");
        assertFact("memberOf", "Lars Moe", "Liberal Party");
    }

    @Test
    void aBodyFoundedBySomeoneInAReducedRelative() {
        assertEquals("1934", assertFact("founded", "Lena Moe", "Harbour Party").start().iso());
        assertFact("founded", "Ivo Dahl", "Chess League");
        assertNull(FactLookup.find(result, "founded", "Otto Lie", "Member"), result.facts().toString());
    }

    @Test
    void theFirstToTakeAPostTookIt() {
        assertFact("heldOffice", "Lena Moe", "Professor at the University of Lund");
        assertFact("heldOffice", "Karl Moe", "President of Ruritania");
    }

    @Test
    void anOpeningAsTitleWithoutACommaIsTheSubjectsPost() {
        var minister = FactLookup.find(asTitles, "heldOffice", "Ivo Holm", "Minister of Mining");
        assertNotNull(minister, asTitles.facts().toString());
        assertTrue(minister.evidence().get(0).ruleWithRepairs().contains("read-opening-as-titles-as-adjuncts"), minister.toString());
        assertNotNull(FactLookup.find(asTitles, "heldOffice", "Ivo Holm", "Chairman of the Harbour Board"), asTitles.facts().toString());
    }

    @Test
    void aSchoolNamedInCapitalsTwoWhoMarriedEachOtherAndBodiesNamedByPluralTitles() {
        assertFact("residedIn", "Lena Holm", "Malta");
        assertFact("residedIn", "Otto Berg", "Graz");
        assertEquals("1930-05-02", assertFact("spouse", "Ivo Berg", "Lena Dahl").start().iso());
        assertEquals("1931", assertFact("spouse", "Sven Holm", "Pia Brun").start().iso());
        assertEquals("1932", assertFact("memberOf", "Jon Berg", "House of Representatives").start().iso());
        assertFact("memberOf", "Vera Brun", "Chamber of Deputies");
    }

    @Test
    void thePlaceOfDeathAfterTheAgeOrOwningWhereSheDied() {
        assertFact("diedIn", "Pia Lund", "Trondheim");
        assertFact("diedIn", "Siv Lund", "Narvik");
        assertFact("diedIn", "Mats Holm", "Bergen");
        assertFact("diedIn", "Ulla Holm", "Stavanger");
    }

    @Test
    void anOpeningBornInWhoseMainClauseHangsOnThePlace() {
        assertFact("bornIn", "Ivar Lie", "Oslo");
        assertFact("bornIn", "Marie Dubois", "Lyon");
    }

    @Test
    void aRoleTakenInThePassiveWithAs() {
        assertEquals("1986", assertFact("heldOffice", "Sven Aas", "Mayor of Bergen").start().iso());
        assertEquals("1987", assertFact("heldOffice", "Jon Lund", "Chief Justice of Ruritania").start().iso());
    }

    @Test
    void lifeDatesAfterEmptiedSpellingsAFirstSurnameAloneAndNothingFromTheBackMatter() {
        String[][] expected = {{"Ada Voss Lind", "1857-02-22", "1894-01-01"}, {"Ole Dahl Moreno", "1881-05-04", "1970-06-11"}};
        for (int i = 0; i < leads.length; i++) {
            ExtractionResult r = leads[i];
            assertNotNull(FactLookup.find(r, "birthDate", expected[i][0], expected[i][1]), r.facts().toString());
            assertNotNull(FactLookup.find(r, "deathDate", expected[i][0], expected[i][2]), r.facts().toString());
            assertNotNull(FactLookup.find(r, "bornIn", expected[i][0], "Lund"),
                    "the first surname alone names the subject: " + r.facts());
            int backMatter = LEADS[i].indexOf(i == 0 ? "References" : "See also");
            for (Fact f : r.facts()) {
                for (Evidence e : f.evidence()) {
                    assertTrue(e.sentence().start() < backMatter, "read from the back matter: " + f);
                }
            }
        }
    }

    private static Fact assertFact(String relation, String subject, String object) {
        return factIn(result, relation, subject, object);
    }

    private static Fact factIn(ExtractionResult in, String relation, String subject, String object) {
        Fact f = FactLookup.find(in, relation, subject, object);
        assertNotNull(f, relation + "(" + subject + ", " + object + ") in " + in.facts());
        return f;
    }

    @Test
    void aBodyNamedXOfYIsOneBody() {
        lundFact("memberOf", "Ivo Lund", "House of Assembly");
        lundFact("memberOf", "Eva Holm", "Chamber of Congress");
    }

    @Test
    void aParticipleClauseTakesTheSubjectOfItsClause() {
        assertEquals("1971", lundFact("memberOf", "Ivo Lund", "Blue Party").start().iso());
        assertEquals("1972", lundFact("memberOf", "Ivo Lund", "Harbour Council").start().iso());
        assertEquals("1975", lundFact("memberOf", "Ivo Lund", "Press Club").start().iso());
        assertNull(FactLookup.find(deathsAndBodies, "memberOf", "Ivo Lund", "Red Party"), "'without joining' denies it");
    }

    @Test
    void companionsForcesAndEarlierFoundings() {
        assertEquals("1976", lundFact("founded", "Ada Brun", "Lund Foundation").start().iso());
        assertEquals("1976", lundFact("founded", "Ivo Lund", "Lund Foundation").start().iso());
        lundFact("expelledFrom", "Karl Strom", "Blue Party");
        lundFact("expelledFrom", "Jon Vik", "Blue Party");
        lundFact("alliedWith", "Ivo Lund", "Ola Strand");
        assertNull(lundFact("founded", "Ivo Lund", "Writers Guild").start(), "founded before 1980, when is not said");
    }

    @Test
    void aPhraseAfterTwoCoordinatedWordsIsTheLaterOnesToo() {
        assertEquals("1982", lundFact("exiledTo", "Olav Brekke", "Bergen").start().iso());
        lundFact("alliedWith", "Ada Brun", "Jon Moe");
        lundFact("spouse", "Eva Moe", "Karl Strom");
    }

    @Test
    void aFieldAfterOfIsPartOfTheTitle() {
        assertEquals("1986", lundFact("heldOffice", "Ivo Lund", "Minister of finance").start().iso());
        lundFact("heldOffice", "Ola Strand", "Inspector of public schools");
    }

    @Test
    void orderedArrestsAreOppositionsAccusationsNot() {
        assertNull(FactLookup.find(deathsAndBodies, "opposed", "Tor Lie", "Ivo Lund"));
        assertEquals("1988", lundFact("opposed", "Siri Bakke", "Ivo Lund").start().iso());
        assertEquals("1989", lundFact("opposed", "Arne Vik", "Ivo Lund").start().iso());
    }

    @Test
    void aSecondOfPhraseAfterAndHasTheNounsSubject() {
        assertEquals("1990", lundFact("expelledFrom", "Ivo Lund", "Sweden").start().iso());
        lundFact("opposed", "Eva Brun", "Karl Holt");
        lundFact("parentOf", "Ada Brun", "Siri Bakke");
    }

    @Test
    void aGroupNamedAfterAnIdeologyIsABody() {
        assertEquals("1991", lundFact("memberOf", "Ivo Lund", "Social Democrats").start().iso());
        assertEquals("1992", lundFact("memberOf", "Eva Brun", "Christian Democrats").start().iso());
    }

    @Test
    void yearsInParenthesesAfterAPostAreItsTerm() {
        Fact fisheries = lundFact("heldOffice", "Karl Holt", "Minister of Fisheries");
        assertEquals("1960", fisheries.start().iso());
        assertEquals("1962", fisheries.end().iso());
        assertEquals("1963", lundFact("heldOffice", "Karl Holt", "Minister of Labour").start().iso());
        assertEquals("1966", lundFact("heldOffice", "Karl Holt", "Minister of Health").end().iso());
    }

    @Test
    void suicideIsADeath() {
        assertEquals("1993", lundFact("deathDate", "Karl Holt", "1993").date().iso());
        lundFact("diedIn", "Karl Holt", "Berlin");
        assertTrue(deathsAndBodies.facts().stream().noneMatch(f -> f.subject().label().equals("Jon Vik")
                && (f.relation().id().equals("deathDate") || f.relation().id().equals("diedIn"))), deathsAndBodies.facts().toString());
    }

    @Test
    void aLowerCasePortfolioBeforeMinisterIsWrittenInFull() {
        assertFact("heldOffice", "Paul Weber", "Minister of Finance");
        assertFact("heldOffice", "Hans Vogel", "Minister of Education");
    }

    @Test
    void aRankWordThatIsATitleRanksTheNextTitle() {
        assertEquals("1960", assertFact("heldOffice", "Anna Roe", "First Deputy Premier of Ruritania").start().iso());
        assertFact("heldOffice", "Carl Brandt", "Deputy Prime Minister");
        assertNull(FactLookup.find(result, "heldOffice", "Anna Roe", "Premier of Ruritania"), result.facts().toString());
    }

    @Test
    void aFrontedRoleIsTheSubjectsEvenWhenTheVerbHasAnObject() {
        assertFact("heldOffice", "Anna Roe", "Minister of Labour");
        assertFact("heldOffice", "Otto Klein", "Governor of the Bank");
    }

    @Test
    void toNamesWhereAnEnvoyIsSent() {
        assertFact("heldOffice", "Max Ruh", "Ruritanian ambassador to Sweden");
        assertFact("heldOffice", "Eva Dahl", "Envoy to the Holy See");
    }

    @Test
    void aMemberNounAsTheVerbsComplement() {
        assertEquals("1965", assertFact("memberOf", "Anna Roe", "Council of Elders").start().iso());
        assertFact("memberOf", "Anna Roe", "Royal Academy");
    }

    @Test
    void memberNounsOtherThanMember() {
        assertEquals("1988", assertFact("memberOf", "Ivo Dahl", "Chess Federation").start().iso());
        assertFact("memberOf", "Vera Holm", "Order of the Golden Lion");
        assertFact("memberOf", "Mats Holm", "University of Bergen");
        assertFact("memberOf", "Ulla Holm", "Oslo Music College");
    }

    @Test
    void servingInABodyAndThePartyOneWasElectedFor() {
        assertFact("memberOf", "Pia Lund", "Royal Navy");
        assertFact("memberOf", "Siv Lund", "Narvik City Council");
        assertEquals("1991", assertFact("memberOf", "Ivar Lie", "Liberal Party").start().iso());
        assertFact("memberOf", "Marie Dubois", "Green Party");
    }

    @Test
    void thePartOfABodyAPostIsHeldIn() {
        assertFact("heldOffice", "Olaf Lund", "Leader of the Opposition in the National Assembly");
        assertFact("heldOffice", "Carl Brandt", "Secretary of the Labour Party in Bavaria");
        assertNull(FactLookup.find(result, "heldOffice", "Harald", "King of the Order of the Golden Lion"), result.facts().toString());
    }

    @Test
    void aRankBetweenAPostAndTheNameIsNotPartOfThePost() {
        assertFact("heldOffice", "Ivo Berg", "Minister of the Navy");
        assertFact("heldOffice", "Lars Aas", "Minister of War");
        assertNull(FactLookup.find(result, "heldOffice", "Ivo Berg", "Minister of the Navy Admiral"), result.facts().toString());
    }

    @Test
    void goingSomewhereToWorkAndTheTownOfASchoolOrBody() {
        assertEquals("1996", assertFact("residedIn", "Ivo Dahl", "Hamburg").start().iso());
        assertFact("residedIn", "Vera Holm", "Dresden");
        assertFact("residedIn", "Mats Holm", "Munich");
        assertFact("residedIn", "Ulla Holm", "Zurich");
        assertFact("residedIn", "Pia Lund", "Vienna");
        assertFact("residedIn", "Siv Lund", "Prague");
        assertFact("residedIn", "Ivar Lie", "Leipzig");
        assertFact("residedIn", "Ivar Lie", "Cologne");
        assertFact("residedIn", "Marie Dubois", "Madrid");
    }

    @Test
    void whatOneWouldHaveBeenAbleToDoIsNotDone() {
        assertNull(FactLookup.find(result, "residedIn", "Olaf Lund", "Lisbon"), result.facts().toString());
        assertNull(FactLookup.find(result, "memberOf", "Carl Brandt", "Liberal Party"), result.facts().toString());
        assertNull(FactLookup.find(result, "opposed", "Eva Dahl", "Ole Brun"), result.facts().toString());
    }

    @Test
    void aPurgeOfASideAndRemovingSomeone() {
        assertEquals("1997", assertFact("opposed", "Olaf Lund", "Farmers League").start().iso());
        assertFact("opposed", "Jon Lund", "Liberal Party");
        assertFact("opposed", "Eva Dahl", "Carl Brandt");
        assertFact("opposed", "Green Party", "Max Ruh");
    }

    @Test
    void anAllianceFormedAlongsideItsPartners() {
        assertEquals("2001", assertFact("alliedWith", "Ivo Dahl", "Mats Holm").start().iso());
        assertFact("alliedWith", "Ivo Dahl", "Siv Lund");
        assertFact("alliedWith", "Vera Holm", "Farmers League");
    }

    @Test
    void aPostReachedByPromotionOrTakenAsATitle() {
        assertEquals("2003", assertFact("heldOffice", "Lena Berg", "Professor at the Music College").start().iso());
        assertFact("heldOffice", "Ulla Holm", "Chairman of the Harbour Board");
        assertEquals("2005", assertFact("heldOffice", "Pia Lund", "Lecturer at the University of Oslo").start().iso());
        assertFact("heldOffice", "Siv Lund", "Director of the Oslo Museum");
        assertEquals("1978", assertFact("heldOffice", "Ivar Lie", "Councillor in Bergen").end().iso());
        assertFact("heldOffice", "Marie Dubois", "Administrator at the University of Lyon");
    }

    @Test
    void aDeathYearWrittenWithTwoDigits() {
        assertFact("birthDate", "Louis Berg", "1822");
        assertFact("deathDate", "Louis Berg", "1895");
        assertFact("deathDate", "Karl Holm", "1902");
    }

    @Test
    void thePlaceOfADeathNamedByTheNounOrARelativeClause() {
        assertFact("diedIn", "Ole Brun", "Munich");
        assertFact("diedIn", "Lena Berg", "Rome");
        assertFact("diedIn", "Nils Brun", "Turin");
        assertFact("diedIn", "Eva Brun", "Nice");
    }

    @Test
    void aBodyUnderSomeonesLeadership() {
        assertFact("heldOffice", "Ivo Brun", "Leader of the Farmers League");
        assertEquals("1950", assertFact("heldOffice", "Pia Brun", "Leader of the Liberal Party").start().iso());
    }

    @Test
    void aSuccessorAsThePost() {
        assertEquals("1967", assertFact("heldOffice", "Lena Brun", "Mayor of Lund").start().iso());
        assertEquals("1967", assertFact("heldOffice", "Otto Brun", "Mayor of Lund").end().iso());
        Fact predecessor = assertFact("heldOffice", "Mats Brun", "Chairman of the Chess Club");
        assertEquals("1975", predecessor.end().iso());
        assertNull(predecessor.start(), "a term the succession ends does not start then: " + predecessor);
        assertEquals("1975", assertFact("heldOffice", "Ulla Brun", "Chairman of the Chess Club").start().iso());
    }

    @Test
    void allyNounsNameBothSides() {
        assertFact("alliedWith", "Ida Holm", "Anna Roe");
        assertFact("alliedWith", "Lars Berg", "Anna Roe");
        assertFact("alliedWith", "Nils Aas", "Anna Roe");
    }

    @Test
    void joinedForces() {
        assertEquals("1967", assertFact("alliedWith", "Anna Roe", "Karl Weiss").start().iso());
        assertFact("alliedWith", "Ida Holm", "Lars Berg");
    }

    @Test
    void aPostNamedLaterInFullTakesTheFullName() {
        assertFact("heldOffice", "Olaf Lund", "Prime Minister of Ruritania");
        assertNull(FactLookup.find(result, "heldOffice", "Olaf Lund", "Prime Minister"), result.facts().toString());
    }

    @Test
    void aDestinationReadAsTheSubjectOfAPurposeClause() {
        assertEquals("1971", assertFact("residedIn", "Lars Berg", "Prague").start().iso());
        assertFact("residedIn", "Ida Holm", "Oslo");
    }

    @Test
    void settledAfterAPassiveVerb() {
        assertFact("residedIn", "Nils Aas", "Bergen");
        assertFact("residedIn", "Eva Dahl", "Turku");
    }

    @Test
    void childrenListedAfterAColon() {
        for (String child : new String[] {"Eugen", "Richard", "Clara"}) {
            assertFact("parentOf", "Lars Berg", child);
        }
        assertFact("parentOf", "Olaf Lund", "Sven");
        assertFact("parentOf", "Olaf Lund", "Jon");
    }

    @Test
    void anOpeningAllyNounDescribesTheSubject() {
        assertFact("alliedWith", "Max Ruh", "Olaf Lund");
        assertFact("alliedWith", "Karl Weiss", "Otto Klein");
    }

    @Test
    void opponentNounsNameBothSides() {
        assertFact("opposed", "Paul Weber", "Lars Berg");
        assertFact("opposed", "Sven Aas", "Hans Vogel");
    }

    @Test
    void verbsOfOppositionAndWhatSomeoneDoes() {
        assertEquals("1980", assertFact("opposed", "Labour Party", "Olaf Lund").start().iso());
        assertFact("opposed", "Eva Dahl", "Karl Weiss");
        assertFact("opposed", "Ida Holm", "Paul Weber");
        assertFact("opposed", "Nils Aas", "Otto Klein");
    }

    @Test
    void anAdjectiveOfStance() {
        assertFact("opposed", "Eva Dahl", "Carl Brandt");
        assertFact("opposed", "Jon Lund", "Hans Vogel");
    }

    @Test
    void theCountryThatOwnsABodyIsNotPartOfItsName() {
        assertFact("opposed", "Farmers League", "Olaf Lund");
        assertFact("alliedWith", "Green Party", "Eva Dahl");
    }

    @Test
    void coordinatedRolesShareTheBody() {
        assertFact("heldOffice", "Ida Holm", "Chairman of the Harbour Board");
        assertFact("heldOffice", "Ida Holm", "Chief executive of the Harbour Board");
        assertFact("heldOffice", "Lars Berg", "Secretary of the Chess Club");
        assertFact("heldOffice", "Lars Berg", "Treasurer of the Chess Club");
    }

    @Test
    void aBodyBeforeALowerCaseTitleIsTheBodyItHeads() {
        assertFact("heldOffice", "Otto Klein", "Chairman of the Green Party");
        assertFact("heldOffice", "Jon Lund", "Leader of the Farmers League");
        assertFact("heldOffice", "Tor Aas", "Chief of the Harbour Guild");
        assertFact("heldOffice", "Nils Vang", "Chief of the UNESCO"); // an organization's acronym
        // a plural possessive inside the body's name; the body stays a name of its own, of which they are members
        assertFact("heldOffice", "Lise Dahl", "Leader of the Workers' Party");
        assertFact("memberOf", "Kari Moe", "Workers' Party");
    }

    @Test
    void theSubjectOfAWhereClauseIsTheOneTheClauseIsAbout() {
        factIn(deathsAndBodies, "diedIn", "Karl Vik", "Molde");
        factIn(deathsAndBodies, "deathDate", "Nils Holt", "1979");
        assertNull(FactLookup.find(deathsAndBodies, "diedIn", "Ivo Lund", "Molde"), deathsAndBodies.facts().toString());
    }

    @Test
    void aChildApposedToTheBirthPlaceIsTheOneBorn() {
        assertFact("parentOf", "Karl Sand", "Lena Sand");
        assertFact("parentOf", "Eva Lie", "Lena Sand");
        assertFact("bornIn", "Jon Strand", "Bergen");
        assertNull(FactLookup.find(result, "bornIn", "Jon Strand", "Arne Strand"), "a person is no birthplace");
    }

    @Test
    void aRelativeClauseOnThePredicateIsAboutTheSubject() {
        assertEquals("1920", assertFact("residedIn", "Rolf Moe", "Paris").start().iso());
        assertEquals("1955", assertFact("heldOffice", "Nils Holt", "Mayor of Lund").end().iso());
        // and on a noun apposed to a name
        assertEquals("1945", assertFact("residedIn", "Knut Lie", "Rome").end().iso());
        assertFact("memberOf", "Siri Dahl", "Storting");
    }

    @Test
    void aNameTaggedAsACommonNounIsStillAName() {
        assertFact("memberOf", "Lise Vang", "Storting");
        assertFact("bornIn", "Sven Berg", "Bath");
        // but an event NER did not tag is no body: "denounced the Saur Revolution"
        assertNull(FactLookup.find(result, "opposed", "Jon Vik", "Tiber Revolution"), result.facts().toString());
        assertNull(FactLookup.find(result, "opposed", "Ada Holt", "March Uprising"), result.facts().toString());
    }

    @Test
    void bornWithMoreAfterTheDate() {
        assertFact("birthDate", "Vera Holm", "1924");
        assertFact("birthDate", "Ivo Dahl", "1926");
    }

    @Test
    void killedInAYear() {
        assertFact("deathDate", "Karl Brun", "1950");
        assertFact("deathDate", "Ole Brun", "1953");
    }

    @Test
    void studyingOrBeingBasedSomewhereIsLivingThere() {
        assertEquals("1985", assertFact("residedIn", "Vera Holm", "Vienna").start().iso());
        assertFact("residedIn", "Ivo Dahl", "Geneva");
    }
}
