"""The French table: each English string the library draws or writes → its French text.

One table for the whole library (``i18n.tr`` reads it), in sections by module. The terms follow
``locales/fr/TERMS.md``; numbers and dates are not written here but by ``i18n.format_*``. A string with
fields (``{n}``) keeps the same fields in French. ``tests/test_i18n.py`` checks that every string the
library passes to ``tr`` has an entry here, and that every entry is used.
"""

from __future__ import annotations

__all__ = ["FRENCH"]

FRENCH: dict[str, str] = {
    # --- i18n (examples in its docstrings) ---
    "Share price (USD)": "Cours de l'action (USD)",
    "{n} events": "{n} événements",
    # --- the book (tools/editions.py, _ext/language_switch.py) ---
    "The DeepSeek Shock": "Le choc DeepSeek",
    # --- style and widgets ---
    # the mark of a slider that works in the book with no kernel (widgets.static_label)
    "works without Python": "fonctionne sans Python",
    # --- timeline ---
    # the days of the week (timeline.WEEKDAYS), as Babel writes them
    "Monday": "lundi",
    "Tuesday": "mardi",
    "Wednesday": "mercredi",
    "Thursday": "jeudi",
    "Friday": "vendredi",
    "Saturday": "samedi",
    "Sunday": "dimanche",
    "DeepSeek & AI labs": "DeepSeek, labos d'IA",
    "Politics": "Politique",
    "Markets": "Marchés",
    "The app": "L'application",
    "Regulation & bans": "Règles, interdictions",
    "Export controls": "Contrôle des exportations",
    "2016–2025": "2016–2025",
    "2022–2025": "2022–2025",
    "Dec 2024–Feb 2025": "déc. 2024–févr. 2025",
    "19–31 Jan 2025": "19–31 janv. 2025",
    "{ticker} close (USD, right axis)": "clôture {ticker} (USD, axe droit)",
    "{ticker} close (USD per share)": "clôture de {ticker} (USD par action)",
    "Date": "Date",
    "{count} {category}": "{category} : {count}",
    "Timeline of {n} events from {start} to {end}": "Chronologie de {n} événements, du {start} au {end}",
    " {ticker}'s close goes from {first} USD on {first_day} to {last} USD on {last_day}, "
    "lowest {low} USD on {low_day}.": (
        " La clôture de {ticker} passe de {first} USD le {first_day} à {last} USD le {last_day}, "
        "au plus bas à {low} USD le {low_day}."
    ),
    "Window": "Période",
    "Each frame shows the events and Nvidia's close in one window of time.": (
        "Chaque image montre les événements et la clôture de Nvidia sur une période."
    ),
    "Categories": "Catégories",
    "Months": "Mois",
    # the timing claims (timeline.TIMING_CLAIMS): the broadcast's words in French only
    "Stargate was announced « dans la foulée » of the 20 January inauguration": (
        "Stargate annoncé « dans la foulée » de l'investiture du 20 janvier"
    ),
    "« dans la foulée » means right after, in the wake of: the same day or the next": (
        "« dans la foulée » : juste après, le jour même ou le lendemain"
    ),
    "« Quelques jours après » its release, R1's app topped the US App Store": (
        "« Quelques jours après » sa sortie, l'application de R1 en tête de l'App Store américain"
    ),
    "« quelques jours » read as two to seven days": "« quelques jours » lu comme deux à sept jours",
    "« Lundi 27 janvier », Nvidia's share price fell": "« Lundi 27 janvier », le cours de Nvidia chute",
    "the sell-off must fall on Monday 27 January 2025": ("la chute doit tomber le lundi 27 janvier 2025"),
    "{n} day": "{n} jour",
    "{n} days": "{n} jours",
    "{label}:": "{label} :",
    "Inauguration": "Investiture",
    "Stargate": "Stargate",
    "R1 released": "Sortie de R1",
    "App Store #1": "N° 1 de l'App Store",
    "({days} later)": "({days} plus tard)",
    " and ": " et ",
    "a tie": "ex æquo",
    "alone": "seul",
    "<p><b>{n}</b> events shown, {start} – {end}.</p>": (
        "<p><b>{n}</b> événements affichés, {start} – {end}.</p>"
    ),
    # the findings and methods of the timing claims (timeline.check_timing_claims) and of the other dated
    # claims (timeline.check_*), shown by the claims ledger's evidence; the fields' formats are the
    # English ones, and the events' titles are their French titles (title_fr)
    "events.csv dates '{title}' {day:%A %d %B %Y}": "dans events.csv, « {title} » est daté du {day}",
    "date and weekday of event '{event_id}' ({reading})": (
        "date et jour de la semaine de l'événement {event_id} ({reading})"
    ),
    "'{to_title}' came {gap} after '{from_title}', on {day:%A %d %B %Y}": (
        "« {to_title} » a eu lieu {gap} après « {from_title} », le {day}"
    ),
    # {high} is written with its unit in French (timeline.days_text: « 1 jour », « 7 jours »)
    "gap in days, graded by timing_verdict: {low}–{high} days accurate, "
    "one day more or less approximately right ({reading})": (
        "écart en jours, noté par timing_verdict : de {low} à {high} → exact, un jour de plus ou de "
        "moins → approximativement juste ({reading})"
    ),
    "events.csv dates the inauguration {day:%A %d %B %Y}.": (
        "Dans events.csv, l'investiture est datée du {day}."
    ),
    "date of event 'inauguration' compared with {claimed:%d %B %Y}": (
        "date de l'événement inauguration, comparée au {claimed}"
    ),
    "R1 was released on {r1:%d %B %Y}, {when} the inauguration; "
    "DeepSeek-V2 had come out {days} days earlier.": (
        "R1 est sorti le {r1}, {when} l'investiture ; DeepSeek-V2 était sorti {days} jours plus tôt."
    ),
    "the same day as": "le jour même de",
    "not the day of": "pas le jour de",
    "same day → 'approximately right' (not 'accurate': the lab was known before)": (
        "le même jour → approximativement juste (pas exact : le laboratoire était déjà connu)"
    ),
    "Trump called DeepSeek a 'wake-up call' on {day:%d %B %Y}.": (
        "Le {day}, Trump a qualifié DeepSeek de « signal d'alarme »."
    ),
    "the event exists and precedes the broadcast (which reports the 29 January accusation)": (
        "l'événement existe et précède le reportage (qui rapporte l'accusation du 29 janvier)"
    ),
    "{title} ({date:%d %B %Y}, confidence {confidence})": "{title} ({date}, confiance {confidence})",
    "; ": " ; ",
    "Before the broadcast: {events}.": "Avant le reportage : {events}.",
    "no such event in events.csv": "aucun événement de ce genre dans events.csv",
    " After it, and not counted: {events}.": " Après le reportage, et donc non pris en compte : {events}.",
    "events of {events} dated no later than event '{after}' (the broadcast reports it); judgement "
    "of the course authors: a meeting at the top is a sign of support, not a measure of it": (
        "les événements {events} datés au plus tard du jour de l'événement {after} (que le reportage "
        "rapporte) ; jugement des auteurs du cours : une rencontre au sommet est un signe de soutien, "
        "pas sa mesure"
    ),
    "The announcement: ${first:,.0f}B to start, up to ${ceiling:,.0f}B over four years, for a "
    "private venture (SoftBank, OpenAI, Oracle, MGX) that the president announced.": (
        "L'annonce : {first} milliards de dollars pour commencer, jusqu'à {ceiling} milliards sur quatre "
        "ans, pour une entreprise privée (SoftBank, OpenAI, Oracle, MGX) que le président a annoncée."
    ),
    "${claimed:,.0f}B said against the amounts in the 'stargate' event: the first commitment "
    "→ accurate; the announced ceiling → approximately right (a ceiling said as the sum invested)": (
        "les {claimed} milliards de dollars du reportage face aux montants de l'événement stargate : le "
        "premier engagement → exact ; le plafond annoncé → approximativement juste (un plafond présenté "
        "comme la somme investie)"
    ),
    # --- market ---
    # the findings and methods of market.check_market_claims (shown by the claims ledger's evidence)
    "${v:.0f} billion ({who})": "{v} milliards de dollars ({who})",
    "; with the {count_bn:.2f} billion shares of a data vendor: ${lost_bn:.0f} billion": (
        " ; avec les {count_bn} milliards d'actions d'un fournisseur de données : "
        "{lost_bn} milliards de dollars"
    ),
    "({before:.2f} − {after:.2f}) USD × {count_bn:.2f} billion shares = ${lost_bn:.0f} billion": (
        "({before} − {after}) USD × {count_bn} milliards d'actions = {lost_bn} milliards de dollars"
    ),
    "from the closes {before:.2f} → {after:.2f} USD, the fall is {fall_pct:.2f}%": (
        "d'après les clôtures {before} → {after} USD, la chute est de {fall_pct}\u202f%"
    ),
    "market.pct_change of the two closes in prices.csv, graded by number_verdict against {claimed:g}": (
        "market.pct_change des deux clôtures de prices.csv, notée par number_verdict face à {claimed}"
    ),
    "{computation}; the press reported {reported}{cross}": (
        "{computation} ; la presse a publié {reported}{cross}"
    ),
    "market.value_lost with the closes in prices.csv and the share count the press used "
    "(market.press_share_count), and each reported loss, graded by number_verdict against "
    "{claimed:g}; the weakest grade is kept": (
        "market.value_lost avec les clôtures de prices.csv et le nombre d'actions retenu par la presse "
        "(market.press_share_count), et chaque perte publiée, notées par number_verdict face à "
        "{claimed} ; la note la plus faible est retenue"
    ),
    "Nvidia alone lost ${span} billion of market value that day (computed and reported)": (
        "Nvidia seule a perdu {span} milliards de dollars de capitalisation ce jour-là "
        "(chiffres calculés et publiés)"
    ),
    "every loss figure of the day between {low} and {high} billion USD "
    "('hundreds of billions', less than a trillion)": (
        "chaque chiffre de perte du jour entre {low} et {high} milliards de dollars "
        "(« des centaines de milliards », moins de mille milliards)"
    ),
    "% fall": "% de baisse",
    "USD billions": "milliards de USD",
    "USD billions (Nvidia alone)": "milliards de USD (Nvidia seule)",
    "The {index} moved {move} and {falling} of the {chips} chip stocks in the data fell (worst {worst})": (
        "L'{index} a varié de {move} et {falling} des {chips} actions de puces des données ont baissé "
        "(au pire {worst})"
    ),
    "market.check_sector_claim on daily_moves.csv (the {index} at most {threshold:.0f}% "
    "and most chip stocks in the file down)": (
        "market.check_sector_claim sur daily_moves.csv (une variation du {index} d'au plus "
        "{threshold}\u202f% et la plupart des actions de puces du fichier en baisse)"
    ),
    # market.check_leader_claim: the rankings of chip_rankings.csv, their editions (RANKING_EDITIONS)
    "final": "définitif",
    "preliminary": "provisoire",
    "{publisher} of {published:%-d %B %Y}, {year}: ": "{publisher} du {published}, année {year} : ",
    "No. {rank} with ${revenue:.1f}B": "n° {rank} avec {revenue} milliards de dollars",
    "not in the ranking": "absent du classement",
    " (No. 1: {leader}, ${revenue:.1f}B)": " (n° 1 : {leader}, {revenue} milliards de dollars)",
    "By semiconductor revenue, {vendor} ranks: {parts}.": (
        "Classement de {vendor} par chiffre d'affaires en semi-conducteurs : {parts}."
    ),
    "market.check_leader_claim on chip_rankings.csv: first in every ranking of the latest year "
    "({year}) → accurate, in some → approximately right, in none → wrong; 'leader' read as "
    "revenue (market value is another reading: exercise 6.1)": (
        "market.check_leader_claim sur chip_rankings.csv : premier dans tous les classements de la "
        "dernière année ({year}) → exact, dans certains → approximativement juste, dans aucun → faux ; "
        "« leader » lu au sens du chiffre d'affaires (la capitalisation boursière est une autre lecture : "
        "exercice 6.1)"
    ),
    # the lines chapter 2 prints (market.LINES): the fields' formats are the English ones
    "Nvidia was worth ${nvidia_24:.2f} trillion at the close of 24 January and "
    "${nvidia_27:.2f} trillion at the close of 27 January; Apple about ${apple:.2f} trillion.": (
        "Nvidia valait {nvidia_24} billions de dollars à la clôture du 24 janvier et "
        "{nvidia_27} billions de dollars à la clôture du 27 janvier ; Apple, environ {apple} billions "
        "de dollars."
    ),
    "close × the share count the press used, against Apple's value in daily_moves.csv": (
        "clôture × le nombre d'actions retenu par la presse, face à la valeur d'Apple dans daily_moves.csv"
    ),
    "Close on Fri 24 Jan: ${before:.2f}   close on Mon 27 Jan: ${after:.2f}": (
        "Clôture du ven. 24 janv. : {before}\u00a0$   clôture du lun. 27 janv. : {after}\u00a0$"
    ),
    "{shares_bn:.2f} billion shares": "{shares_bn} milliards d'actions",
    "change: {change:.4f} = {change_pct:.2f}%": "variation : {change} = {change_pct}\u202f%",
    "value lost, official close ${price:.2f}: ${lost_bn:.1f}B": (
        "capitalisation perdue, clôture officielle {price}\u00a0$ : {lost_bn}\u202fMd$"
    ),
    "value lost, early print  ${price:.2f}: ${lost_bn:.1f}B": (
        "capitalisation perdue, premier cours publié {price}\u00a0$ : {lost_bn}\u202fMd$"
    ),
    "gain needed to undo {fall_pct:.2f}%: {needed_pct:.1f}%": (
        "hausse nécessaire pour effacer {fall_pct}\u202f% : {needed_pct}\u202f%"
    ),
    "28 Jan: {rebound_pct:+.2f}% to ${close:.2f}, still {below_pct:.2f}% below 24 Jan": (
        "28 janv. : {rebound_pct}\u202f% à {close}\u00a0$, encore {below_pct}\u202f% sous le 24 janv."
    ),
    "first known close ≥ ${level:.2f}: {day:%d %b %Y} at ${close:.2f}": (
        "première clôture connue ≥ {level}\u00a0$ : le {day} à {close}\u00a0$"
    ),
    "$4T needed ${price:.2f} a share on {day:%d %b %Y}; the close gave ${cap_t:.2f}T": (
        "4\u202f000\u202fMd$ exigeaient {price}\u00a0$ par action le {day} ; la clôture donnait "
        "{cap_t} milliers de Md$"
    ),
    "$5T needed ${price:.2f} a share on {day:%d %b %Y}": (
        "5\u202f000\u202fMd$ exigeaient {price}\u00a0$ par action le {day}"
    ),
    "S&P 500: {move_pct:.2f}%; Nvidia's contribution: {points:.2f} points = {share_pct:.0f}% of the fall": (
        "S&P 500 : {move_pct}\u202f% ; contribution de Nvidia : {points} points = {share_pct}\u202f% "
        "de la baisse"
    ),
    "official: {official_bn:.1f}B, early: {early_bn:.1f}B": (
        "clôture officielle : {official_bn}\u202fMd$, premier cours : {early_bn}\u202fMd$"
    ),
    "shares for exactly $600B: {shares_bn:.2f}B": (
        "actions pour exactement 600\u202fMd$ : {shares_bn} milliards"
    ),
    "{kind} {shares_bn:.3f}B": "{kind} {shares_bn} milliards",
    "Meta at Nvidia's fall: ${lost_bn:.0f}B": "Meta avec la baisse de Nvidia : {lost_bn}\u202fMd$",
    "Nvidia at Meta's fall: ${lost_bn:.0f}B": "Nvidia avec la baisse de Meta : {lost_bn}\u202fMd$",
    "fall for $600B: {fall_pct:.2f}%, gain to undo it: {gain_pct:.1f}%": (
        "baisse pour 600\u202fMd$ : {fall_pct}\u202f%, hausse pour l'effacer : {gain_pct}\u202f%"
    ),
    "check: ${lost_bn:.1f}B lost": "vérification : {lost_bn}\u202fMd$ perdus",
    "a 50% fall needs a gain of {gain_pct:.0f}%": (
        "une baisse de 50\u202f% exige une hausse de {gain_pct}\u202f%"
    ),
    "without Nvidia's fall the index would have moved {move_pct:.2f}%": (
        "sans la baisse de Nvidia, l'indice aurait varié de {move_pct}\u202f%"
    ),
    "with a 3% weight: index {move_pct:.2f}%, Nvidia's share {share_pct:.0f}%": (
        "avec un poids de 3\u202f% : indice {move_pct}\u202f%, part de Nvidia {share_pct}\u202f%"
    ),
    "with {shares_bn:.2f}B shares: ${price:.2f}; reported: ${reported:.2f}": (
        "avec {shares_bn} milliards d'actions : {price}\u00a0$ ; publié : {reported}\u00a0$"
    ),
    "share count change: {change_pct:.2f}%": "variation du nombre d'actions : {change_pct}\u202f%",
    "the other stocks together: {rest_pct:.2f}%": "les autres actions ensemble : {rest_pct}\u202f%",
    "Nvidia's weight after the day: {computed_pct:.2f}% (reported: {reported_pct:.2f}%)": (
        "poids de Nvidia après la séance : {computed_pct}\u202f% (publié : {reported_pct}\u202f%)"
    ),
    "${value}B": "{value}\u202fMd$",
    "{value} billion dollars": "{value} milliards de dollars",
    "{n}st": "{n}er",
    "{n}th": "{n}e",
    "official close": "clôture officielle",
    "early print": "premier cours publié",
    "reported": "publié",
    "chips": "puces",
    "data centres": "centres de données",
    "power": "énergie",
    "big tech": "géants de la tech",
    "index": "indice",
    "Close ÷ close on the base day × 100": "Clôture ÷ clôture du jour de base × 100",
    "Trading day, 2025 (dotted: closes missing in between)": (
        "Séance, 2025 (pointillés : clôtures manquantes entre deux)"
    ),
    "{series} {value} on {day}": "{series} {value} le {day}",
    "Closes of {n} series rebased to 100 from {start} to {end}, dotted where closes are missing. "
    "Last values: {ends}. Lowest point: {series} at {value} on {day}.": (
        "Clôtures de {n} séries ramenées à 100, du {start} au {end}, en pointillés où des clôtures "
        "manquent. Dernières valeurs : {ends}. Point le plus bas : {series} à {value} le {day}."
    ),
    "An empty chart: no series to draw.": "Un graphique vide : aucune série à tracer.",
    "value lost": "capitalisation perdue",
    "before\n${price}": "avant\n{price}\u00a0$",
    "after\n${price}": "après\n{price}\u00a0$",
    "Market value (USD trillions)": "Capitalisation (milliers de Md$)",
    "gain needed to undo the fall": "hausse pour effacer la baisse",
    "same size as the fall": "même ampleur que la baisse",
    "fall {fall} → gain {gain}": "baisse {fall} → hausse {gain}",
    "Fall in the share price (%)": "Baisse du cours de l'action (%)",
    "Gain needed to get back (%)": "Hausse nécessaire pour revenir (%)",
    "Left: market value falls from {before} to {after} trillion dollars, a loss of {lost} billion, "
    "for a {fall} fall from ${price}. Right: a curve rising ever faster shows the gain needed to "
    "undo a fall; for this fall it is {gain}, above the dashed line where gain equals fall.": (
        "À gauche : la capitalisation boursière passe de {before} à {after} milliers de milliards de "
        "dollars, une perte de {lost} milliards, pour une baisse de {fall} depuis {price}\u00a0$. À droite : "
        "une courbe de plus en plus raide montre la hausse nécessaire pour effacer une baisse ; pour "
        "celle-ci, {gain}, au-dessus de la ligne en tirets où la hausse égale la baisse."
    ),
    "{pct} (27 Jan)": "{pct} (27 janv.)",
    "Fall in the share price": "Baisse du cours de l'action",
    "Each frame uses a price of ${price} and {shares} billion shares.": (
        "Chaque image part d'un cours de {price}\u00a0$ et de {shares} milliards d'actions."
    ),
    "Fall (%)": "Baisse (%)",
    "Shares (billions)": "Actions (milliards)",
    "Cannot compute: {error}": "Calcul impossible : {error}",
    "A {fall} fall from ${price} with {shares}B shares loses {lost}; undoing it needs a gain of {gain}.": (
        "Une baisse de {fall} depuis {price}\u00a0$ avec {shares} milliards d'actions efface {lost} ; "
        "pour la compenser, il faut une hausse de {gain}."
    ),
    "Series": "Séries",
    "<li>{name}: {value} on {day}</li>": "<li>{name} : {value} le {day}</li>",
    "<p>Last known value (base day = 100):</p>": "<p>Dernière valeur connue (jour de base = 100) :</p>",
    "{name} ends at {value} on {day}": "{name} finit à {value} le {day}",
    "Closes divided by the close on the base day, times 100, trading day by trading day. ": (
        "Clôtures divisées par la clôture du jour de base, fois 100, séance par séance. "
    ),
    "<p>Pick at least one series.</p>": "<p>Choisissez au moins une série.</p>",
    "Empty chart: no series is picked.": "Graphique vide : aucune série choisie.",
    "Reported change on the day (%)": "Variation publiée sur la séance (%)",
    "Horizontal bars of {n} reported moves on one day, from {best} {best_move} at the top to "
    "{worst} {worst_move} at the bottom; {falls} of them fell.": (
        "Barres horizontales de {n} variations publiées sur une séance, de {best} {best_move} en haut à "
        "{worst} {worst_move} en bas ; {falls} d'entre elles sont des baisses."
    ),
    "Value lost in a day (USD billions)": "Perte en une séance (Md$)",
    "% not reported": "% non publié",
    "2024 or later": "depuis 2024",
    "before 2024": "avant 2024",
    "{company} on {day}, {lost}": "{company} le {day}, {lost}",
    "Left, {n} record one-day losses of market value, largest first: {top}.": (
        "À gauche, {n} records de perte en une séance, du plus grand au plus petit : {top}."
    ),
    " Right, the same days' falls in percent; the largest is {company}'s {fall} on {day}.": (
        " À droite, les baisses en pourcentage des mêmes séances ; la plus forte est celle de {company}, "
        "{fall} le {day}."
    ),
    "computed with {shares}B shares": "calculée avec {shares} milliards d'actions",
    "figure the outlets printed": "chiffre publié par les médias",
    "{basis}: ${price}\n({outlet})": "{basis} : {price}\u00a0$\n({outlet})",
    "Nvidia's market value lost on 27 January 2025 (USD billions)": (
        "Capitalisation perdue par Nvidia le 27 janvier 2025 (Md$)"
    ),
    "with the {basis} of {price} dollars the computed loss is {lost} ({outlet} printed {printed})": (
        "avec le cours « {basis} » de {price} dollars, la perte calculée est de {lost} ({outlet} a "
        "publié {printed})"
    ),
    "Horizontal bars, with {shares} billion shares: ": (
        "Barres horizontales, avec {shares} milliards d'actions : "
    ),
    ". A dashed line marks the broadcast's 600 billion.": (
        ". Une ligne en tirets marque les 600 milliards du reportage."
    ),
    "{ticker} close (known days)": "clôture {ticker} (jours connus)",
    "pre-shock close ${price}": "clôture d'avant le choc : {price}\u00a0$",
    "price a milestone needed": "cours qu'exigeait le palier",
    "2025 (dotted: closes missing in between)": "2025 (pointillés : clôtures manquantes entre deux)",
    "Dots for {n} known closes of {ticker} from {start} to {end}; the lowest is {low} dollars on "
    "{low_day}. A dashed line marks the pre-shock close of {level}.": (
        "Points pour {n} clôtures connues de {ticker}, du {start} au {end} ; la plus basse est de {low} "
        "dollars le {low_day}. Une ligne en tirets marque la clôture d'avant le choc, {level}."
    ),
    " The first known close at or above it is {close} on {day}.": (
        " La première clôture connue à ce niveau ou au-dessus est de {close} le {day}."
    ),
    " A star marks {label} at {price} dollars on {day}.": (
        " Une étoile marque {label} à {price} dollars le {day}."
    ),
    # --- costs ---
    # the lines chapter 3 prints (costs.LINES): the fields' formats are the English ones
    "Total: {hours:,.0f} GPU-hours × ${price:.2f} = ${usd:,.0f}": (
        "Total : {hours} heures-GPU × {price}\u00a0$ = {usd}\u00a0$"
    ),
    "GPU-hours per trillion tokens: {hours:,.0f}": "heures-GPU par billion de jetons : {hours}",
    "days per trillion tokens on {gpus:,} GPUs: {days:.2f}": (
        "jours par billion de jetons sur {gpus} GPU : {days}"
    ),
    "pre-training: {pre_days:.1f} days; all stages: {all_days:.1f} days": (
        "pré-entraînement : {pre_days} jours ; toutes les étapes : {all_days} jours"
    ),
    "{gpus:,} GPUs alone at ${low:,.0f}–{high:,.0f}: ${low_m:.0f}–{high_m:.0f} million": (
        "les {gpus} GPU seuls, à {low}–{high}\u00a0$ pièce : {low_m}–{high_m} millions de dollars"
    ),
    "server cost per GPU (SemiAnalysis capex ÷ GPUs): ${capex:,.0f}; "
    "running cost per GPU-year: ${opex:,.0f}": (
        "coût des serveurs par GPU (capex de SemiAnalysis ÷ GPU) : {capex}\u00a0$ ; "
        "coût de fonctionnement par GPU et par an : {opex}\u00a0$"
    ),
    "owner's cost per useful GPU-hour over 4 years at utilisation {u:.0%}: ${rate:.2f}": (
        "coût pour le propriétaire par heure-GPU utile, sur 4 ans, à {u} d'utilisation : {rate}\u00a0$"
    ),
    "{stage:<24} {n} GPUs × {hours:.0f} h = {gpu_hours:>7,.0f} GPU-hours (reported {reported:,.0f})": (
        "{stage} {n} GPU × {hours} h = {gpu_hours} heures-GPU (publié : {reported})"
    ),
    "as trained             {hours_m:6.2f}M GPU-hours   ${usd_m:6.1f}M": (
        "tel qu'entraîné          {hours_m} millions d'heures-GPU   {usd_m}\u202fM$"
    ),
    "(a) twice the tokens   {hours_m:6.2f}M GPU-hours   ${usd_m:6.1f}M": (
        "(a) deux fois les jetons {hours_m} millions d'heures-GPU   {usd_m}\u202fM$"
    ),
    "(b) dense              {hours_m:6.2f}M GPU-hours   ${usd_m:6.1f}M": (
        "(b) dense                {hours_m} millions d'heures-GPU   {usd_m}\u202fM$"
    ),
    "{precision} {mfu:.1%}": "{precision} {mfu}",
    "{n_gpus:>6,} GPUs: {days:5.1f} days, bill ${bill_m:.3f}M": (
        "{n_gpus} GPU : {days} jours, facture {bill_m}\u202fM$"
    ),
    "${price:.3f} per GPU-hour": "{price}\u00a0$ par heure-GPU",
    "{label:<36} {usd_m:>8.1f} M$  ({status})": "{label} {usd_m}\u202fM$  ({status})",
    "total {total_m:.0f} M$, {times:.0f} × the headline": (
        "total {total_m}\u202fM$, {times} × le chiffre affiché"
    ),
    # costs.stage_costs: its headers
    "stage": "étape",
    "gpu_hours": "heures-GPU",
    "usd": "USD",
    # money and numbers: the amount is written by i18n, the unit goes after it in French
    "${amount}": "{amount} $",
    "${amount}M": "{amount} M$",
    "{amount} million dollars": "{amount} millions de dollars",
    "{amount} billion dollars": "{amount} milliards de dollars",
    "${amount} million": "{amount} millions de dollars",
    "${amount} billion": "{amount} milliards de dollars",
    "${amount}K": "{amount} k$",
    "${low}–{high}": "{low}–{high} $",
    "${low}–{high} million": "{low}–{high} millions de dollars",
    "{amount} million": "{amount} millions",
    "{amount} billion": "{amount} milliards",
    # French writes an amount under two in the singular (costs._UNDER_TWO)
    "${amount} million (under two)": "{amount} million de dollars",
    "${amount} billion (under two)": "{amount} milliard de dollars",
    "{amount} million (under two)": "{amount} million",
    "{amount} billion (under two)": "{amount} milliard",
    # the waterfall's settings (WATERFALL_SETTINGS) in words
    "gpu hours": "heures-GPU",
    "usd per gpu hour": "prix par heure-GPU",
    "r1 gpu hours": "heures-GPU de R1",
    "research multiplier": "multiplicateur de recherche",
    "cluster size": "taille de la grappe",
    "capex usd per gpu": "investissement par GPU",
    "opex usd per gpu year": "coût d'exploitation par GPU et par an",
    "amortisation years": "durée d'amortissement",
    "utilisation": "utilisation",
    "years held": "durée de détention",
    "staff multiplier": "multiplicateur de personnel",
    "none of them": "aucun d'eux",
    # the waterfall's steps (Step.label), their status, the figure
    "V3 final run, rented": "Entraînement final de V3, loué",
    "R1 reinforcement learning": "Apprentissage par renforcement de R1",
    "Research, ablations, failed runs": "Recherche, ablations, essais ratés",
    "Own the cluster instead of renting": "Posséder la grappe au lieu de louer",
    "Staff": "Personnel",
    "sourced": "sourcée",
    "derived": "dérivée",
    "assumption": "hypothèse",
    "Total": "Total",
    "Each step is": "Chaque étape est",
    "Cost (million USD)": "Coût (millions de dollars)",
    "{label} {change} million USD ({status})": "{label} {change} millions de dollars ({status})",
    "A cost waterfall: {parts}; total {total} million USD.": (
        "Une cascade de coûts : {parts} ; total {total} millions de dollars."
    ),
    # the waterfall's settings (waterfall_settings: WATERFALL_SETTINGS and ASSUMPTIONS)
    "setting": "réglage",
    "value": "valeur",
    "unit": "unité",
    "status": "statut",
    "where it comes from": "d'où il vient",
    "GPU-hours": "heures-GPU",
    "USD per GPU-hour": "dollars par heure-GPU",
    "× final runs": "× entraînements finaux",
    "GPUs": "GPU",
    "USD per GPU": "dollars par GPU",
    "USD per GPU per year": "dollars par GPU et par an",
    "years": "années",
    "fraction of hours": "part des heures",
    "× hardware cost": "× coût du matériel",
    "V3's three stages, DeepSeek-V3 report (training_runs.csv)": (
        "les trois étapes de V3, rapport DeepSeek-V3 (training_runs.csv)"
    ),
    "the rent DeepSeek's report assumes": "le loyer que suppose le rapport de DeepSeek",
    "R1's stages, Nature 2025 supplement (training_runs.csv)": (
        "les étapes de R1, supplément de Nature 2025 (training_runs.csv)"
    ),
    "V3's cluster, DeepSeek-V3 report": "la grappe de V3, rapport DeepSeek-V3",
    "SemiAnalysis's server capex ÷ its 50,000 Hopper GPUs (cost_estimates.csv)": (
        "l'investissement en serveurs estimé par SemiAnalysis ÷ ses 50 000 GPU Hopper (cost_estimates.csv)"
    ),
    "SemiAnalysis's 4-year operating cost ÷ 4 ÷ 50,000 GPUs": (
        "le coût d'exploitation sur 4 ans estimé par SemiAnalysis ÷ 4 ÷ 50 000 GPU"
    ),
    "the 4-year ownership window of SemiAnalysis's cost table": (
        "la détention sur 4 ans du tableau des coûts de SemiAnalysis"
    ),
    "low end of Cottier et al.'s staff share ÷ high end of their hardware share": (
        "bas de la part du personnel chez Cottier et al. ÷ haut de leur part du matériel"
    ),
    "Compute for research, ablations and failed runs, as a multiple of the "
    "final runs' compute. Nobody has published it; 1 means 'as much again'.": (
        "Le calcul des recherches, ablations et essais ratés, en multiple du calcul des entraînements "
        "finaux. Personne ne l'a publié ; 1 signifie « autant encore »."
    ),
    "Share of an owned cluster's hours doing useful work. 1 (never idle) is the most "
    "favourable choice: real clusters idle, fail and wait.": (
        "La part des heures d'une grappe possédée qui font un travail utile. 1 (jamais inactive) est le "
        "choix le plus favorable : les vraies grappes restent inactives, tombent en panne et attendent."
    ),
    "An owned cluster is paid for at least one year, even if the runs take two months.": (
        "Une grappe possédée se paie au moins un an, même si les entraînements durent deux mois."
    ),
    # the headline, price by price
    "{stage}: {hours}K GPU-h → {cost}": "{stage} : {hours} k heures-GPU → {cost}",
    "total {total} at {price}/GPU-hour": "total {total} à {price} l'heure-GPU",
    "Cost of the V3 run's GPU-hours (million USD)": (
        "Coût des heures-GPU de l'entraînement de V3 (millions de dollars)"
    ),
    "A horizontal bar of the V3 run's three stages priced at {price} USD per GPU-hour: {total} "
    "million USD in all, {side} the dashed line at 6 million.": (
        "Une barre horizontale des trois étapes de l'entraînement de V3 au prix de {price} dollars "
        "l'heure-GPU : {total} millions de dollars en tout, {side} la ligne pointillée des 6 millions."
    ),
    "below": "sous",
    "above": "au-dessus de",
    "{price}/h": "{price}/h",
    "Rental price, USD per GPU-hour": "Prix de location, dollars par heure-GPU",
    "Each frame prices the V3 report's GPU-hours at one rental price.": (
        "Chaque image chiffre les heures-GPU du rapport de V3 à un prix de location."
    ),
    # the cost calculator
    "Final-run GPU-hours (millions)": "Heures-GPU, cycle final (millions)",
    "Rental price (USD per GPU-hour)": "Prix de location ($ / heure-GPU)",
    "Research multiplier (×)": "Multiplicateur de recherche (×)",
    "Cluster size (GPUs)": "Taille de la grappe (GPU)",
    "Amortisation (years)": "Amortissement (années)",
    "Cluster utilisation (0–1]": "Utilisation de la grappe (0–1]",
    "Staff multiplier (× hardware)": "Personnel (multiple du matériel)",
    "Headline <b>{headline}</b> → total <b>{total}</b> ({ratio} × the headline).": (
        "Chiffre affiché <b>{headline}</b> → total <b>{total}</b> ({ratio} × le chiffre affiché)."
    ),
    "No effect now: from a utilisation of {floor} up, the work fits in {years} year of the "
    "cluster, and an owned cluster is paid for at least {years} year, so the total stays at "
    "{total}. Below {floor}, utilisation counts.": (
        "Sans effet pour l'instant : à partir d'une utilisation de {floor}, le travail tient en {years} "
        "an de la grappe, et une grappe possédée se paie au moins {years} an : le total reste donc à "
        "{total}. Sous {floor}, l'utilisation compte."
    ),
    # the compute calculator
    "Active parameters (billions)": "Paramètres actifs (milliards)",
    "Training tokens (trillions)": "Jetons d'entraînement (10¹²)",
    "BF16 peak": "crête BF16",
    "FP8 peak": "crête FP8",
    "Peak used": "Crête utilisée",
    "Utilisation (MFU, 0–1]": "Utilisation (MFU, 0–1]",
    "GPUs in parallel": "GPU en parallèle",
    "Training compute (6·N·D)": "Calcul d'entraînement (6·N·D)",
    "{value} FLOP": "{value} FLOP",
    "Peak of one {gpu} ({precision}, dense)": "Crête d'un {gpu} ({precision}, dense)",
    "{value} TFLOP/s": "{value} TFLOP/s",
    "{gpu} GPU-hours at this utilisation": "Heures-GPU de {gpu} à cette utilisation",
    "{value} million": "{value} millions",
    "Wall-clock on {gpus} {gpu} GPUs": "Durée réelle sur {gpus} GPU {gpu}",
    "{value} days": "{value} jours",
    "Rental at {price}/GPU-hour": "Location à {price} l'heure-GPU",
    "The {gpu} and the {twins} have the same dense {precision} peak, {peak} TFLOP/s, so choosing "
    "between them changes nothing here: this calculation uses only the peak.": (
        "Le {gpu} et le {twins} ont la même crête dense en {precision}, {peak} TFLOP/s : choisir entre "
        "eux ne change donc rien ici, ce calcul n'utilise que la crête."
    ),
    " and the ": " et le ",
    # the prices to users
    "input, cache hit": "entrée, en cache",
    "input": "entrée",
    "output": "sortie",
    "{model} costs × {ratio}": "{model} coûte × {ratio}",
    "USD per million tokens (log scale)": "Dollars par million de jetons (échelle log.)",
    "{kind}: {cheap} {cheap_price} dollars against {price} for {expensive}, {ratio} times more": (
        "{kind} : {cheap} {cheap_price} dollars contre {price} pour {expensive}, {ratio} fois plus"
    ),
    "Grouped bars on a log scale of prices per million tokens. ": (
        "Barres groupées, sur une échelle logarithmique, des prix par million de jetons. "
    ),
    # the published estimates
    "V3 headline {amount}": "Chiffre affiché de V3 : {amount}",
    "{subject}: {quantity}\n({estimator}, {period})": "{subject} : {quantity}\n({estimator}, {period})",
    "US dollars (log scale)": "Dollars US (échelle log.)",
    "about {value} (range {low} to {high})": "environ {value} (de {low} à {high})",
    "about {value}": "environ {value}",
    "at least {value}": "au moins {value}",
    "{subject}, {quantity} ({estimator}): {amount}": "{subject}, {quantity} ({estimator}) : {amount}",
    "Dollar estimates on a log scale against a dashed line at V3's headline {headline}. ": (
        "Estimations en dollars, sur une échelle logarithmique, face à une ligne pointillée au chiffre "
        "affiché de V3, {headline}. "
    ),
    # the compute side by side
    "GPU-hours (millions)": "Heures-GPU (millions)",
    "Training compute, 6·N·D (10²⁴ FLOP)": "Calcul d'entraînement, 6·N·D (10²⁴ FLOP)",
    "vs BF16 peak": "crête BF16",
    "vs FP8 peak": "crête FP8",
    "Model FLOP utilisation (%)": "Taux d'utilisation des FLOP du modèle (%)",
    "{model}: {hours} million GPU-hours, {flops} × 10²⁴ FLOP, MFU {bf16} of the BF16 peak and "
    "{fp8} of the FP8 peak": (
        "{model} : {hours} millions d'heures-GPU, {flops} × 10²⁴ FLOP, MFU de {bf16} de la crête BF16 et "
        "de {fp8} de la crête FP8"
    ),
    "Three bar charts side by side. ": "Trois diagrammes en barres côte à côte. ",
    # the broadcast's cost claims
    "the final run's rent is {headline}; a fuller cost is {full}": (
        "la location de l'entraînement final coûte {headline} ; un coût plus complet atteint {full}"
    ),
    "the report's figure is {headline}": "le chiffre du rapport est de {headline}",
    "GPU-hours, Llama 3.1 405B / V3": "heures-GPU, Llama 3.1 405B / V3",
    "training FLOP, Llama 3.1 405B / V3": "FLOP d'entraînement, Llama 3.1 405B / V3",
    "API input price, o1 / R1": "prix de l'API en entrée, o1 / R1",
    "API output price, o1 / R1": "prix de l'API en sortie, o1 / R1",
    "times more": "fois plus",
    "The V3 report's cost covers {n} stages of the final run ({hours}M GPU-hours); ": (
        "Le coût du rapport de V3 couvre {n} étapes de l'entraînement final ({hours} millions "
        "d'heures-GPU) ; "
    ),
    "its notes record that prior research and ablations are excluded.": (
        "ses notes indiquent que les recherches et ablations antérieures sont exclues."
    ),
    "the data do not record what it excludes.": "les données n'indiquent pas ce qu'il exclut.",
    "the V3 rows of training_runs.csv and what their source notes say is excluded": (
        "les lignes de V3 de training_runs.csv et ce que leurs notes de source disent exclu"
    ),
    # --- export_controls ---
    # the lines chapter 4 prints (export_controls.LINES): the fields' formats are the English ones
    "A100 at 8 bits:  {tpp:,.0f}": "A100 en 8 bits :  {tpp}",
    "A100 at 16 bits: {tpp:,.0f}": "A100 en 16 bits : {tpp}",
    "BIS's example:   {int8:,.0f} = {fp16:,.0f}": "exemple du BIS :  {int8} = {fp16}",
    "MI250X, INT8 vs FP16: {int8:,.0f} vs {fp16:,.0f} → the FP16 figure counts": (
        "MI250X, INT8 contre FP16 : {int8} contre {fp16} → c'est le chiffre en FP16 qui compte"
    ),
    "H100, right (dense tensor FP8):    {tpp:,.0f}": "H100, juste (tenseurs denses, FP8) :   {tpp}",
    "H100, sparse figure used:          {tpp:,.0f}": "H100, chiffre creux utilisé :         {tpp}",
    "H100, vector (non-tensor) FP16:    {tpp:,.0f}": "H100, vectoriel (hors tenseurs) FP16 : {tpp}",
    "RTX 4090, right:                   {tpp:,.0f}": "RTX 4090, juste :                     {tpp}",
    "RTX 4090, datasheet doubled again: {tpp:,.0f}": "RTX 4090, fiche technique redoublée :  {tpp}",
    "{chip:9} TPP {tpp:8,.0f}  die {area:6.1f} mm²  density {density:5.2f}": (
        "{chip} TPP {tpp}  puce {area} mm²  densité {density}"
    ),
    "TPP = {tops:g} × {bits} = {tpp:,.0f}; density = {tpp:,.0f} / {area} = {density:.2f}": (
        "TPP = {tops} × {bits} = {tpp} ; densité = {tpp} / {area} = {density}"
    ),
    "the line: {line:,.0f} | largest uncontrolled whole TPP in the scan: {largest:,.0f}": (
        "le seuil : {line} | plus grande TPP entière non contrôlée du balayage : {largest}"
    ),
    "at the line itself: {label} | density there: {density:,.2f}": (
        "au seuil même : {label} | densité à ce point : {density}"
    ),
    "H20 is {gap:,.0f} TPP under it": "la H20 est {gap} TPP en dessous",
    "{chip}: published {published:,.0f}, right {right:,.0f}, ratio {ratio:.2f}": (
        "{chip} : publiée {published}, juste {right}, rapport {ratio}"
    ),
    "   status with the right figure:  {label}": "   statut avec le bon chiffre :  {label}",
    "b.2 starts at density {density}: die area ≤ {limit:.1f} mm² ({smaller:.1%} smaller)": (
        "b.2 commence à la densité {density} : surface de la puce ≤ {limit} mm² ({smaller} de moins)"
    ),
    "{area:6.1f} mm²: {label}": "{area} mm² : {label}",
    # classify: the status and the reason of each outcome
    "not controlled": "non contrôlée",
    "legal": "autorisée",
    "controlled": "contrôlée",
    "TPP {t} ≥ {licence} and chip-to-chip I/O {io} GB/s ≥ {io_licence} GB/s: both tests "
    "of the 2022 rule are met.": (
        "TPP {t} ≥ {licence} et E/S entre puces {io} Go/s ≥ {io_licence} Go/s : les deux critères de la "
        "règle de 2022 sont remplis."
    ),
    "its chip-to-chip I/O {io} GB/s is below {io_licence} GB/s": (
        "ses E/S entre puces, {io} Go/s, sont sous les {io_licence} Go/s"
    ),
    "its TPP {t} is below {licence}": "sa TPP, {t}, est sous {licence}",
    "its TPP {t} is below {licence} and its I/O {io} GB/s below {io_licence} GB/s": (
        "sa TPP, {t}, est sous {licence} et ses E/S, {io} Go/s, sous les {io_licence} Go/s"
    ),
    "Not controlled: the 2022 rule needs both tests and {why}.": (
        "Non contrôlée : la règle de 2022 exige les deux critères, et {why}."
    ),
    "TPP {t} ≥ {licence}; as the chip is not designed or marketed for datacenters it may "
    "go under License Exception NAC/ACA.": (
        "TPP {t} ≥ {licence} ; la puce n'étant ni conçue ni commercialisée pour les centres de données, "
        "elle peut relever de l'exception de licence NAC/ACA."
    ),
    "Not controlled (Note 2): not a datacenter chip and TPP {t} < {licence}, so density does not matter.": (
        "Non contrôlée (note 2) : ce n'est pas une puce de centre de données et sa TPP {t} < {licence}, "
        "donc la densité ne compte pas."
    ),
    "TPP {t} ≥ {licence}: licence required whatever the density.": (
        "TPP {t} ≥ {licence} : licence requise quelle que soit la densité."
    ),
    "Not controlled: TPP {t} < {floor}, below every tier whatever the density.": (
        "Non contrôlée : TPP {t} < {floor}, sous toutes les catégories quelle que soit la densité."
    ),
    "die_area_mm2 is missing: a datacenter chip with TPP {t} (between {floor} and "
    "{licence}) is classified by its performance density (TPP / die area), so give "
    "die_area_mm2 (applicable logic die area, mm²)": (
        "die_area_mm2 manque : une puce de centre de données de TPP {t} (entre {floor} et {licence}) est "
        "classée selon sa densité de performance (TPP / surface de la puce), donnez donc die_area_mm2 "
        "(surface des puces logiques concernées, en mm²)"
    ),
    "TPP {t} ≥ {floor} and density {d} ≥ {a2}: licence required.": (
        "TPP {t} ≥ {floor} et densité {d} ≥ {a2} : licence requise."
    ),
    "{b1_floor} ≤ TPP {t} < {licence} and {b1} ≤ density {d} < {a2}: licence, but NAC/ACA-eligible.": (
        "{b1_floor} ≤ TPP {t} < {licence} et {b1} ≤ densité {d} < {a2} : licence, mais éligible à NAC/ACA."
    ),
    "TPP {t} ≥ {floor} and {b2} ≤ density {d} < {a2}: licence, but NAC/ACA-eligible.": (
        "TPP {t} ≥ {floor} et {b2} ≤ densité {d} < {a2} : licence, mais éligible à NAC/ACA."
    ),
    "density {d} < {b1}": "densité {d} < {b1}",
    "TPP {t} < {b1_floor} rules out b.1 and density {d} < {b2} rules out b.2": (
        "TPP {t} < {b1_floor} exclut b.1 et densité {d} < {b2} exclut b.2"
    ),
    "Not controlled: it misses every tier ({why}).": (
        "Non contrôlée : elle ne remplit aucune catégorie ({why})."
    ),
    # inert_controls: why a control of the chip designer changes nothing
    "No effect under the 2022 rule: it has no density test.": (
        "Sans effet avec la règle de 2022 : elle n'a pas de critère de densité."
    ),
    "No effect under the 2022 rule: it does not ask what the chip is designed for.": (
        "Sans effet avec la règle de 2022 : elle ne demande pas pour quoi la puce est conçue."
    ),
    "No effect now: the 2022 rule also needs TPP ≥ {licence}, and this chip's TPP is {t}, "
    "so no I/O makes it controlled.": (
        "Sans effet pour l'instant : la règle de 2022 exige aussi une TPP ≥ {licence}, et la TPP de "
        "cette puce est de {t} : aucune valeur d'E/S ne la rend contrôlée."
    ),
    "No effect on the status now: the 2022 rule also needs chip-to-chip I/O ≥ {io_licence} "
    "GB/s, and this chip has {io} GB/s, so no TPP makes it controlled.": (
        "Sans effet sur le statut pour l'instant : la règle de 2022 exige aussi des E/S entre puces "
        "≥ {io_licence} Go/s, et cette puce en a {io} Go/s : aucune TPP ne la rend contrôlée."
    ),
    "No effect under the 2023 rule: it has no I/O test (the 2022 rule had one).": (
        "Sans effet avec la règle de 2023 : elle n'a pas de critère d'E/S (celle de 2022 en avait un)."
    ),
    "No effect now: a chip not designed for datacenters is judged by its TPP alone.": (
        "Sans effet pour l'instant : une puce qui n'est pas conçue pour les centres de données est "
        "jugée sur sa seule TPP."
    ),
    "No effect now: TPP {t} ≥ {licence} is controlled whatever the density.": (
        "Sans effet pour l'instant : une TPP {t} ≥ {licence} est contrôlée quelle que soit la densité."
    ),
    "No effect now: TPP {t} < {floor} is below every tier whatever the density.": (
        "Sans effet pour l'instant : une TPP {t} < {floor} est sous toutes les catégories quelle que "
        "soit la densité."
    ),
    "No effect now: below TPP {floor} no chip of either kind is controlled.": (
        "Sans effet pour l'instant : sous une TPP de {floor}, aucune puce, d'aucun type, n'est contrôlée."
    ),
    "No effect now: at TPP {t} and density {d} not even a datacenter chip is controlled.": (
        "Sans effet pour l'instant : à une TPP de {t} et une densité de {d}, même une puce de centre de "
        "données n'est pas contrôlée."
    ),
    # the tables over chips.csv
    "undetermined (no die area)": "indéterminé (surface de la puce inconnue)",
    "none of them needs it: each is above the a.1 line on TPP alone": (
        "aucune n'en a besoin : chacune dépasse le seuil a.1 par sa seule TPP"
    ),
    "{n} of them cannot be classified without it": "{n} d'entre elles ne peuvent être classées sans elle",
    "Dense FP16 TFLOPS on an 814 mm² die": "TFLOPS FP16 denses sur une puce de 814 mm²",
    "Each frame places a chip with that throughput on the map of the 2023 rule.": (
        "Chaque image place une puce de ce débit sur la carte de la règle de 2023."
    ),
    "chip": "puce",
    "vendor": "fabricant",
    "density (TPP/mm²)": "densité (TPP/mm²)",
    "chip-to-chip I/O (GB/s)": "E/S entre puces (Go/s)",
    "datacenter": "centre de données",
    "consumer": "grand public",
    "yes": "oui",
    "no": "non",
    "Oct 2022 rule": "règle d'oct. 2022",
    "Oct 2023 rule": "règle d'oct. 2023",
    "Oct 2022": "oct. 2022",
    "Oct 2023": "oct. 2023",
    "7 October 2022 rule": "règle du 7 octobre 2022",
    "17 October 2023 rule": "règle du 17 octobre 2023",
    # the map of the 2023 rule
    "a.1: licence": "a.1 : licence",
    "a.2:\nlicence": "a.2 :\nlicence",
    "b.1:\nNAC/ACA": "b.1 :\nNAC/ACA",
    "not\ncontrolled": "non\ncontrôlée",
    "your chip": "votre puce",
    "{vendor} (datacenter)": "{vendor} (centre de données)",
    "{vendor} (consumer: uncontrolled below TPP {tpp})": (
        "{vendor} (grand public : libre sous une TPP de {tpp})"
    ),
    "die area not published (TPP only)": "surface non publiée (TPP seule)",
    "Total processing performance, TPP (dense TOPS × bit length)": (
        "Performance totale de traitement, TPP (TOPS denses × nombre de bits)"
    ),
    "Performance density (TPP per mm² of die)": "Densité de performance (TPP par mm² de puce)",
    "A log-log chart of TPP against performance density with the 2023 rule's regions shaded: "
    "licence (a.1) for TPP ≥ {licence}; licence (a.2) for TPP ≥ {floor} with density ≥ "
    "{a2}; NAC/ACA (b.1, b.2) in the band of density {b1}–{a2}; unshaded, not controlled.": (
        "Un graphique log-log de la densité de performance en fonction de la TPP, les zones de la règle "
        "de 2023 ombrées : licence (a.1) pour une TPP ≥ {licence} ; licence (a.2) pour une TPP ≥ {floor} "
        "avec une densité ≥ {a2} ; NAC/ACA (b.1, b.2) dans la bande de densité {b1}–{a2} ; sans ombre, "
        "non contrôlé."
    ),
    " Chips: {counts}.": " Puces : {counts}.",
    " A star marks a chip with TPP {tpp} and density {density}: {status}.": (
        " Une étoile marque une puce de TPP {tpp} et de densité {density} : {status}."
    ),
    "{tflops} TFLOPS × {bits} bits": "{tflops} TFLOPS × {bits} bits",
    "TPP {tpp}, density {density}: {status}": "TPP {tpp}, densité {density} : {status}",
    # the chip designer
    "Dense TOPS / TFLOPS": "TOPS / TFLOPS denses",
    "Bit length": "Nombre de bits",
    "Die area (mm²)": "Surface de la puce (mm²)",
    "Chip-to-chip I/O (GB/s)": "E/S entre puces (Go/s)",
    "Designed for": "Conçue pour",
    "Rule": "Règle",
    "TPP (throughput × bit length)": "TPP (débit × nombre de bits)",
    "Die area": "Surface de la puce",
    "Chip-to-chip I/O": "E/S entre puces",
    "TPP = {tops} × {bits} = <b>{tpp}</b>; density = {tpp} / {area} mm² = <b>{density}</b>."
    "<br>{rule}: <b>{status}</b>. {reason}": (
        "TPP = {tops} × {bits} = <b>{tpp}</b> ; densité = {tpp} / {area} mm² = <b>{density}</b>."
        "<br>{rule} : <b>{status}</b>. {reason}"
    ),
    "Off the map's scale: the star is drawn on its edge.": (
        "Hors de l'échelle de la carte : l'étoile est dessinée sur son bord."
    ),
    " A star marks this design, TPP {tpp} and density {density}: {status} under the {rule}.": (
        " Une étoile marque cette conception, TPP {tpp} et densité {density} : {status} selon la {rule}."
    ),
    # the comparison of chips
    "dense compute (TPP)": "calcul dense (TPP)",
    "chip-to-chip I/O": "E/S entre puces",
    "{io} GB/s": "{io} Go/s",
    "{measure}, share of the {reference}": "{measure}, part de la {reference}",
    "Share of the {reference} (1 = equal)": "Part de la {reference} (1 = égalité)",
    "{chip}, {tpp_share} of the compute (TPP {tpp}) and {io_share} of the I/O ({io} GB/s)": (
        "{chip}, {tpp_share} du calcul (TPP {tpp}) et {io_share} des E/S ({io} Go/s)"
    ),
    "Grouped bars, each chip against the {reference}: ": (
        "Barres groupées, chaque puce rapportée à la {reference} : "
    ),
    # the broadcast's claims
    "DeepSeek reports training V3 on the {used}: TPP {tpp}, {share} of the {reference}'s {ref_tpp}, "
    "and itself {status} under the 2023 rule; {legal} for export to China under the 2022 rule (when "
    "DeepSeek bought its chips is not public), it kept {io_share} of the chip-to-chip I/O ({io} vs "
    "{ref_io} GB/s).": (
        "DeepSeek dit avoir entraîné V3 sur la {used} : TPP {tpp}, {share} des {ref_tpp} de la "
        "{reference}, et elle-même {status} selon la règle de 2023 ; {legal} à l'exportation vers la "
        "Chine selon la règle de 2022 (on ne sait pas quand DeepSeek a acheté ses puces), elle gardait "
        "{io_share} des E/S entre puces ({io} contre {ref_io} Go/s)."
    ),
    "TPP ratio {used}/{reference} ≥ {same} and {used} above the 2023 licence line → misleading; "
    "≥ {much_less} → approximately right; else accurate (judgement of the course authors; the "
    "chip's status under each rule, not the purchase date, which no source gives)": (
        "rapport des TPP {used}/{reference} ≥ {same} et {used} au-dessus du seuil de licence de 2023 "
        "→ trompeur ; ≥ {much_less} → approximativement juste ; sinon exact (jugement des auteurs du "
        "cours ; le statut de la puce selon chaque règle, pas la date d'achat, qu'aucune source ne donne)"
    ),
    "The {used} has {share} of the {reference}'s dense compute (TPP {tpp} vs {ref_tpp}); what it "
    "lacks is chip-to-chip bandwidth ({io_share}).": (
        "La {used} a {share} du calcul dense de la {reference} (TPP {tpp} contre {ref_tpp}) ; ce qui "
        "lui manque, c'est la bande passante entre puces ({io_share})."
    ),
    "TPP share ≥ {same} → wrong; ≥ {much_less} → misleading; else accurate (judgement of the "
    "course authors)": (
        "part de TPP ≥ {same} → faux ; ≥ {much_less} → trompeur ; sinon exact (jugement des auteurs du cours)"
    ),
    " As a cluster, {ours}'s {ours_gpus} {ours_type} GPUs had {cluster_share} of the compute of "
    "{theirs}'s {theirs_gpus} {theirs_type} GPUs (GPUs × TPP): far less hardware, not weaker "
    "chips.": (
        " En grappe, les {ours_gpus} GPU {ours_type} de {ours} avaient {cluster_share} du calcul des "
        "{theirs_gpus} GPU {theirs_type} de {theirs} (GPU × TPP) : bien moins de matériel, pas des "
        "puces plus faibles."
    ),
    "; at the cluster level (GPUs × TPP, runs {first} and {second}) a share below {much_less} "
    "turns 'wrong' into 'misleading': the claim fits the cluster, not the chip, and DeepSeek's "
    "report does not call its chips weaker": (
        " ; à l'échelle de la grappe (GPU × TPP, entraînements {first} et {second}), une part sous "
        "{much_less} change « faux » en « trompeur » : l'affirmation vaut pour la grappe, pas pour la "
        "puce, et le rapport de DeepSeek ne dit pas ses puces plus faibles"
    ),
    "The restriction left the {used} {share} of the {reference}'s compute but {io_share} of its "
    "chip-to-chip bandwidth ({io} vs {ref_io} GB/s); DeepSeek's V3 report describes engineering "
    "around slow links, which would also help on an H100 cluster.": (
        "La restriction a laissé à la {used} {share} du calcul de la {reference} mais {io_share} de sa "
        "bande passante entre puces ({io} contre {ref_io} Go/s) ; le rapport de DeepSeek sur V3 décrit "
        "une ingénierie qui contourne les liaisons lentes, et qui servirait aussi sur une grappe de H100."
    ),
    "I/O share {used}/{reference} below {same} → approximately right (something to work around, "
    "but 'had to' overstates the cause; chapter 4), else wrong (judgement of the course authors)": (
        "part des E/S {used}/{reference} sous {same} → approximativement juste (il y avait quelque "
        "chose à contourner, mais « a dû » exagère la cause ; chapitre 4), sinon faux (jugement des "
        "auteurs du cours)"
    ),
    # --- distill ---
    # the methods of distill.METHODS and the training kinds of r1_distilled.csv
    "hard labels, few images": "étiquettes dures, peu d'images",
    "teacher's soft targets, same few images": "cibles souples de l'enseignant, mêmes images",
    "teacher's answers on more images, no labels": (
        "réponses de l'enseignant sur plus d'images, sans étiquettes"
    ),
    "reference": "référence",
    "RL only": "RL seul",
    "distilled from R1": "distillé de R1",
    "teacher": "enseignant",
    # distill.summary_table
    "method": "méthode",
    "mean": "moyenne",
    "std": "écart-type",
    "min": "min.",
    "max": "max.",
    "temperature": "température",
    # the figures and their alt texts
    "Digit (class)": "Chiffre (classe)",
    "Teacher's probability (fraction)": "Probabilité selon l'enseignant (fraction)",
    "the image\n(8×8 pixels)": "l'image\n(8×8 pixels)",
    "T = {t} (entropy {h} nats)": "T = {t} (entropie {h} nats)",
    "Digit (class); the teacher's top answer hatched, in vermillion": (
        "Chiffre (classe) ; la réponse préférée de l'enseignant hachurée, en vermillon"
    ),
    "Probability (fraction)": "Probabilité (fraction)",
    "T = {t}: top class {top}, entropy {h} nats (max {most})": (
        "T = {t} : classe en tête {top}, entropie {h} nats (max. {most})"
    ),
    "Bar chart of the teacher's ten probabilities at temperature {t}: digit {d0} gets {p0}, digit "
    "{d1} {p1}, digit {d2} {p2}; entropy {h} nats out of a maximum of {most}.": (
        "Diagramme en barres des dix probabilités de l'enseignant à la température {t} : le chiffre {d0} "
        "obtient {p0}, le chiffre {d1} {p1}, le chiffre {d2} {p2} ; entropie de {h} nats sur un maximum "
        "de {most}."
    ),
    "Grouped bars of the teacher's probability for each of the ten digits at {n} temperatures: "
    "{parts}. The higher T, the flatter the bars.": (
        "Barres groupées des probabilités de l'enseignant pour chacun des dix chiffres, à {n} "
        "températures : {parts}. Plus T est grand, plus les barres sont plates."
    ),
    "at T = {t} the top digit {digit} has probability {p} (entropy {h} nats)": (
        "à T = {t}, le chiffre en tête, {digit}, a une probabilité de {p} (entropie {h} nats)"
    ),
    "mean {mean} ± {sd}": "moyenne {mean} ± {sd}",
    "teacher {accuracy}": "enseignant {accuracy}",
    "Accuracy on the held-out test images (%)": "Exactitude sur les images de test (%)",
    "A dot plot, one dot per seed. {parts}.": "Un nuage de points, un point par graine. {parts}.",
    "{method}: mean {mean} ± {sd} over {n} seeds": "{method} : moyenne {mean} ± {sd} sur {n} graines",
    " A dashed line marks the teacher's {accuracy}.": (
        " Une ligne en tirets marque l'exactitude de l'enseignant, {accuracy}."
    ),
    "alpha = 0 (hard labels only)": "alpha = 0 (étiquettes dures seules)",
    "Temperature T of the soft targets (log scale)": "Température T des cibles souples (échelle log.)",
    "Student's test accuracy (%, mean)": "Exactitude de l'élève au test (%, moyenne)",
    "Line chart of the student's mean test accuracy against temperature, one line per alpha. "
    "{hard}The best setting, T = {t} and alpha = {alpha}, reaches {accuracy}.": (
        "Courbes de l'exactitude moyenne de l'élève au test selon la température, une courbe par "
        "valeur d'alpha. {hard}Le meilleur réglage, T = {t} et alpha = {alpha}, atteint {accuracy}."
    ),
    "With hard labels only (alpha = 0) it is {accuracy} at every temperature; ": (
        "Avec les seules étiquettes dures (alpha = 0), elle est de {accuracy} à toutes les températures ; "
    ),
    "DeepSeek-R1 (the teacher)": "DeepSeek-R1 (l'enseignant)",
    "Student size (billions of parameters, log)": "Taille de l'élève\n(milliards de paramètres, log.)",
    "Score (%)": "Score (%)",
    "{benchmark}: from {smallest} for the {size}B student to {largest} for {model}, below the "
    "teacher's {teacher}.": (
        "{benchmark} : de {smallest} pour l'élève de {size} milliards de paramètres à {largest} pour "
        "{model}, sous les {teacher} de l'enseignant."
    ),
    "Grouped bars of {n} models of {size} billion parameters on {benchmarks} benchmarks. {parts}.": (
        "Barres groupées de {n} modèles de {size} milliards de paramètres sur {benchmarks} bancs "
        "d'essai. {parts}."
    ),
    "{benchmark}: {model} highest at {score}": "{benchmark} : {model} en tête avec {score}",
    # the widgets
    "Temperature T": "Température T",
    "<p>T = <b>{t}</b>: top class <b>{top}</b>, entropy <b>{h}</b> nats (ten equal classes: {most}).</p>": (
        "<p>T = <b>{t}</b> : classe en tête <b>{top}</b>, entropie <b>{h}</b> nats (dix classes "
        "égales : {most}).</p>"
    ),
    "Temperature": "Température",
    "Each frame shows the teacher's probabilities for the same image at one temperature.": (
        "Chaque image montre les probabilités de l'enseignant pour la même image de chiffre, à une "
        "température."
    ),
    "Weight of the soft targets, alpha": "Poids des cibles souples, alpha",
    "; hard labels only: {hard} ({difference} points)": (
        " ; étiquettes dures seules : {hard} ({difference} points)"
    ),
    "<p>T = <b>{t}</b>, alpha = <b>{alpha}</b>: the student gets <b>{accuracy}</b> ± {spread} of "
    "the test images right{versus}.</p>": (
        "<p>T = <b>{t}</b>, alpha = <b>{alpha}</b> : l'élève reconnaît <b>{accuracy}</b> ± {spread} "
        "des images de test{versus}.</p>"
    ),
    " The circle marks T = {t}, alpha = {alpha}: {accuracy} right.": (
        " Le cercle marque T = {t}, alpha = {alpha} : {accuracy} de bonnes réponses."
    ),
    # the sentences the chapter glues
    "at every temperature of the grid": "à toutes les températures de la grille",
    "at no temperature of the grid": "à aucune température de la grille",
    "at T = {temperatures} only": "à T = {temperatures} seulement",
    ", rising with the temperature": ", de plus en plus avec la température",
    ", by less at each step": ", mais de moins en moins à chaque pas",
    "Across the {n} runs of the grid (temperatures × weights × seeds), the soft targets help "
    "{where}: by {first} points at T = {t_first} and {last} at T = {t_last}{trend}.": (
        "Sur les {n} entraînements de la grille (températures × poids × graines), les cibles souples "
        "aident {where} : de {first} points à T = {t_first} et de {last} à T = {t_last}{trend}."
    ),
    "none reaches its teacher": "aucun n'atteint son enseignant",
    "some reach their teacher": "certains atteignent leur enseignant",
    "All {n} students get better with size on every benchmark, and {teacher}.": (
        "Les {n} élèves progressent tous avec la taille sur chaque banc d'essai, et {teacher}."
    ),
    "{larger} is below {smaller} on {listed}": "{larger} est sous {smaller} sur {listed}",
    "In {higher} of {compared} comparisons of two students on one benchmark, the larger one scores "
    "higher. But not always: on {hit} of the {benchmarks} benchmarks a larger student scores below a "
    "smaller one ({pairs}). Size is not the only difference: the Llama students start from other base "
    "models than the Qwen ones. Of the {n} students, {teacher}.": (
        "Dans {higher} des {compared} comparaisons de deux élèves sur un même banc d'essai, le plus "
        "grand obtient le meilleur score. Mais pas toujours : sur {hit} des {benchmarks} bancs d'essai, "
        "un élève plus grand obtient moins qu'un plus petit ({pairs}). La taille n'est pas la seule "
        "différence : les élèves Llama partent d'autres modèles de base que les élèves Qwen. Des {n} "
        "élèves, {teacher}."
    ),
    "every student stays below R1": "tous les élèves restent sous R1",
    "some students reach R1": "certains élèves atteignent R1",
    "from {smallest} to {largest}": "de {smallest} à {largest}",
    "every one of the": "la totalité des",
    "{wins} of the": "{wins} des",
    # distill.distillation_verdicts (the findings), and the values of evidence_public
    "{n} allegation(s) by {teacher} in January 2025 recorded": (
        "{n} accusation(s) de {teacher} en janvier 2025 enregistrée(s)"
    ),
    ", first on {day}": ", la première le {day}",
    "{documented} documented case(s) and {public} allegation(s) with public evidence of "
    "distilling {teacher}'s models": (
        "{documented} cas documenté(s) et {public} accusation(s) avec des preuves publiques de "
        "distillation des modèles de {teacher}"
    ),
    "{n} allegation(s) that DeepSeek distilled {teacher}'s models, none with evidence made "
    "public ({shown}); the distillation DeepSeek documents ({own} case(s)) is of its own models": (
        "{n} accusation(s) selon lesquelles DeepSeek a distillé les modèles de {teacher}, aucune avec "
        "des preuves rendues publiques ({shown}) ; la distillation que DeepSeek documente ({own} "
        "cas) porte sur ses propres modèles"
    ),
    "nobody in the data alleges that DeepSeek distilled {teacher}'s models": (
        "personne, dans les données, n'accuse DeepSeek d'avoir distillé les modèles de {teacher}"
    ),
    "{teacher}'s terms of use forbid using its output to build competing models "
    "(a contract term, not a law; no court has ruled on it)": (
        "les conditions d'utilisation de {teacher} interdisent d'utiliser ses réponses pour construire "
        "des modèles concurrents (une clause contractuelle, pas une loi ; aucun tribunal ne s'est "
        "prononcé)"
    ),
    "no terms-of-use clause of {teacher} recorded": (
        "aucune clause des conditions d'utilisation de {teacher} enregistrée"
    ),
    "with public evidence": "avec preuves publiques",
    "descriptions only": "avec descriptions seulement",
    "none found": "sans preuve trouvée",
    "none": "aucune",
    # distill.check_parity_claim: R1 against o1 on the R1 paper's benchmarks
    "On DeepSeek's own figures (R1 paper, Table 4), {model} is ahead of {rival} on {ahead} of "
    "{n} benchmarks and within {within:.0%} on {matched}; its largest gap is on "
    "{benchmark} ({score:g} vs {rival_score:g}, {lead:+.1f}%).": (
        "D'après les chiffres de DeepSeek lui-même (article de R1, tableau 4), {model} devance {rival} "
        "sur {ahead} des {n} bancs d'essai et reste à moins de {within} sur {matched} ; son plus grand "
        "écart est sur {benchmark} ({score} contre {rival_score}, {lead}\u202f%)."
    ),
    "distill.check_parity_claim on r1_benchmarks.csv: R1 ahead or behind by at most {within:.0%} "
    "counts as a match; a match on most benchmarks → approximately right (self-reported scores, "
    "never accurate)": (
        "distill.check_parity_claim sur r1_benchmarks.csv : R1 devant, ou derrière d'au plus {within}, "
        "compte comme égal ; égal sur la plupart des bancs d'essai → approximativement juste (des scores "
        "publiés par DeepSeek lui-même, donc jamais exact)"
    ),
    # what chapter 5's cells print
    # the lines of the solutions of its exercises (distill.LINES): the fields' formats are the English ones
    "{T} {q} entropy {h} nats": "{T} {q} entropie {h} nats",
    "gain: {gain:.1f} points, {times:.1f} times the spread of the hard-label runs": (
        "gain : {gain} points, {times} fois la dispersion des entraînements sur étiquettes dures"
    ),
    "{model:32s} beats GPT-4o on {gpt4o}, o1-mini on {o1_mini}": (
        "{model} bat GPT-4o sur {gpt4o}, o1-mini sur {o1_mini}"
    ),
    "GPQA Diamond, 7B student vs GPT-4o: {student} vs {gpt4o}": (
        "GPQA Diamond, élève 7B contre GPT-4o : {student} contre {gpt4o}"
    ),
    "true digit: {digit}": "chiffre réel : {digit}",
    "T = {t}: {probabilities} | entropy {h} nats": "T = {t} : {probabilities} | entropie {h} nats",
    "T = {t}: size of the gradient with T² {with_t2}, without T² {without_t2}": (
        "T = {t} : taille du gradient avec T² {with_t2}, sans T² {without_t2}"
    ),
    "loss at T = {t}, alpha = {alpha}: {loss} nats": "perte à T = {t}, alpha = {alpha} : {loss} nats",
    "distillation recovered {share} of the gap between student and teacher": (
        "la distillation a comblé {share} de l'écart entre l'élève et l'enseignant"
    ),
    # --- claims and verdicts ---
    # the verdict scale (verdicts.VERDICTS), with the terms of locales/fr/TERMS.md
    "accurate": "exact",
    "approximately right": "approximativement juste",
    "misleading": "trompeur",
    "wrong": "faux",
    "unverifiable": "invérifiable",
    "opinion": "opinion",
    "ch.": "chap.",
    "Verdict computed from the course's data (number of claims)": (
        "Verdict calculé sur les données du cours (nombre d'affirmations)"
    ),
    "A chart with one row for each of the broadcast's {n} claims and one column per "
    "verdict; a marker shows each claim's verdict. In all: {parts}.": (
        "Un graphique avec une ligne pour chacune des {n} affirmations du reportage et une colonne par "
        "verdict ; un marqueur indique le verdict de chaque affirmation. En tout : {parts}."
    ),
    "chapter {n}": "chapitre {n}",
    "What the data say:": "Ce que disent les données :",
    "How:": "Comment :",
    "Verdict: {verdict}": "Verdict : {verdict}",
    "Claim": "Affirmation",
    "With these data the computed verdict is {verdict}, no longer the ledger's {recorded}: "
    "the ledger's reason no longer holds.": (
        "Avec ces données, le verdict calculé est « {verdict} » et non plus « {recorded} » comme dans le "
        "registre : la raison qu'il donne ne tient plus."
    ),
    # the headers of claims.ledger_view
    "time in the broadcast": "moment du reportage",
    "claim": "affirmation",
    "what the data say": "ce que disent les données",
    "verdict": "verdict",
    "recorded verdict": "verdict enregistré",
    # what chapter 6 glues and its static browser
    "Slide through the claims in the order the broadcast makes them.": (
        "Faites défiler les affirmations dans l'ordre où le reportage les fait."
    ),
    "all": "tous les",
    "not all": "pas tous les",
    "stays": "reste",
    "becomes": "devient",
    "the two prices give the two figures the press printed": (
        "les deux cours donnent les deux chiffres publiés par la presse"
    ),
    "the two prices do not give the two figures the press printed": (
        "les deux cours ne donnent pas les deux chiffres publiés par la presse"
    ),
    "No. {rank}": "n° {rank}",
    # the evidence the ledger writes itself: the claims no data can grade, and the methods of the claims
    # it reads from a chapter's table (claims._COST_METHOD, claims._DISTILL_METHOD)
    "A question, not a statement of fact.": "Une question, pas une affirmation factuelle.",
    "not checkable by data": "impossible à vérifier par des données",
    "The broadcast attributes the phrase to « la presse chinoise »; none of the sources the course "
    "holds contains it.": (
        "Le reportage attribue l'expression à « la presse chinoise » ; aucune des sources du cours ne la "
        "contient."
    ),
    "a report of what others said, with no source in the course's data to confirm or deny it": (
        "le compte rendu de ce que d'autres ont dit, sans source dans les données du cours pour le "
        "confirmer ou le démentir"
    ),
    "costs.check_cost_claims on training_runs, api_prices and cost_estimates": (
        "costs.check_cost_claims sur training_runs, api_prices et cost_estimates"
    ),
    "distill.distillation_verdicts on distillation_claims.csv (documented, alleged, public evidence)": (
        "distill.distillation_verdicts sur distillation_claims.csv (documentée, alléguée, preuves publiques)"
    ),
    # --- questions and check ---
    # the prompts of the chapters' exercises (questions.EXERCISES), shown in the student edition
    "days from V3's release to R1's (a whole number)": (
        "nombre de jours entre la sortie de V3 et celle de R1 (un nombre entier)"
    ),
    "days from R1's release to Nvidia's sell-off": (
        "nombre de jours entre la sortie de R1 et la chute de Nvidia"
    ),
    "days from the sell-off to the first regulation event": (
        "nombre de jours entre la chute et le premier événement réglementaire"
    ),
    "the verdict of « quelques jours » read as 2 to 7 days, dated by the reports": (
        "le verdict de « quelques jours » lu comme 2 à 7 jours, daté par les articles de presse"
    ),
    "how many events known to the day fell on a Saturday or a Sunday": (
        "combien d'événements datés au jour près sont tombés un samedi ou un dimanche"
    ),
    "the number of shares that makes the loss exactly 600 billion dollars": (
        "le nombre d'actions qui donne une perte d'exactement 600 milliards de dollars"
    ),
    "Meta's dollar loss with Nvidia's fall of 27 January 2025, in USD": (
        "la perte de Meta en dollars avec la chute de Nvidia du 27 janvier 2025, en USD"
    ),
    "the fall that erases exactly 600 billion dollars, as a positive fraction": (
        "la baisse qui efface exactement 600 milliards de dollars, en fraction positive"
    ),
    "the S&P 500's move had Nvidia closed unchanged, as a fraction": (
        "la variation du S&P 500 si Nvidia avait clôturé inchangée, en fraction"
    ),
    "the change in the share count from January to July 2025, as a fraction": (
        "la variation du nombre d'actions de janvier à juillet 2025, en fraction"
    ),
    "True if your total equals the sum of reported_cost_usd, else False": (
        "True si votre total égale la somme de reported_cost_usd, sinon False"
    ),
    "your BF16 MFU divided by your FP8 MFU": "votre MFU en BF16 divisé par votre MFU en FP8",
    "V3's GPU-hours (all three stages) in GPU-days": ("les heures-GPU de V3 (les trois étapes) en jours-GPU"),
    "how many usd_per_gpu_hour prices lie above the break-even price": (
        "combien de prix usd_per_gpu_hour dépassent le prix d'équilibre"
    ),
    "the total of the waterfall with the four example assumptions, in USD": (
        "le total de la cascade avec les quatre hypothèses de l'exemple, en USD"
    ),
    "the L40's ECCN under the 2023 rule ('none', or None, if it is not controlled)": (
        "l'ECCN de la L40 selon la règle de 2023 ('none', ou None, si elle n'est pas contrôlée)"
    ),
    "True if the 2022 rule controlled the L40, else False": (
        "True si la règle de 2022 contrôlait la L40, sinon False"
    ),
    "the TPP at which a datacenter chip on 814 mm² becomes controlled": (
        "la TPP à partir de laquelle une puce de centre de données de 814 mm² est contrôlée"
    ),
    "how far the H20's TPP is below that line": "de combien la TPP de la H20 est sous ce seuil",
    "True if the 2022 rule controlled the H800, else False": (
        "True si la règle de 2022 contrôlait la H800, sinon False"
    ),
    "True if the 2023 rule controls the H800, else False": (
        "True si la règle de 2023 contrôle la H800, sinon False"
    ),
    "the magazine's RTX 4090 TPP divided by the right one": (
        "la TPP de la RTX 4090 donnée par le magazine divisée par la bonne"
    ),
    "the largest die area, in mm², that puts the L20 in tier b.2": (
        "la plus grande surface de puce, en mm², qui place la L20 dans la catégorie b.2"
    ),
    "the entropy of the probabilities at T = 2, in nats": ("l'entropie des probabilités à T = 2, en nats"),
    "True if, with alpha=0, the temperature changes the loss, else False": (
        "True si, avec alpha=0, la température change la perte, sinon False"
    ),
    "soft targets' gain over hard labels at T = 2, seeds 10 to 19, in points": (
        "le gain des cibles souples sur les étiquettes dures à T = 2, graines 10 à 19, en points"
    ),
    "how many distilled models beat GPT-4o-0513 on GPQA Diamond": (
        "combien de modèles distillés battent GPT-4o-0513 sur GPQA Diamond"
    ),
    "the verdict of the 600 billion claim with the early price print": (
        "le verdict de l'affirmation des 600 milliards avec le cours publié le plus tôt"
    ),
    # the checker's feedback (check.py): its titles, as the French instructors' page names them
    "Right": "Juste",
    "Not yet right": "Pas encore juste",
    "Check the unit": "Vérifiez l'unité",
    "Check the type of your answer": "Vérifiez le type de votre réponse",
    "Not answered yet": "Pas encore de réponse",
    # its messages
    "check(question={qid}): unknown question id.{maybe} "
    "The {n} known ids are listed by deepseek_shock.check.questions().": (
        "check(question={qid}) : identifiant de question inconnu.{maybe} "
        "La liste des {n} identifiants connus est donnée par deepseek_shock.check.questions()."
    ),
    " Did you mean {ids}?": " Vouliez-vous dire {ids} ?",
    "give your answer in the cell above (replace None), run it, then run this cell again.": (
        "écrivez votre réponse dans la cellule du dessus (à la place de None), exécutez-la, puis "
        "exécutez de nouveau cette cellule."
    ),
    "your answer is NaN (not a number, or NaT for a date): the computation gave no value. Look for a "
    "missing row (a lookup that found nothing), a 0/0 or an empty selection, then give a value.": (
        "votre réponse est NaN (pas un nombre, ou NaT pour une date) : le calcul n'a donné aucune "
        "valeur. Cherchez une ligne manquante (une recherche qui n'a rien trouvé), un 0/0 ou une "
        "sélection vide, puis donnez une valeur."
    ),
    "a plain number": "un simple nombre",
    "a plain number of {unit}": "un simple nombre (en {unit})",
    "a plain number ({unit})": "un simple nombre ({unit})",
    "the text {shown}": "le texte {shown}",
    "a table (DataFrame) of {n} rows": "un tableau (DataFrame) de {n} lignes",
    "a {kind} of {n} values": "un objet {kind} de {n} valeurs",
    "a time span (Timedelta)": "une durée (Timedelta)",
    "you gave {what}; this question expects one value. Pick it out, for example with .iloc[0] or "
    ".loc[…], or sum/count the rows.": (
        "vous avez donné {what} ; cette question attend une seule valeur. Extrayez-la, par exemple "
        "avec .iloc[0] ou .loc[…], ou bien additionnez ou comptez les lignes."
    ),
    "you gave {what}; this question expects one value. Pick one out (for example with .iloc[0]) or "
    "reduce them (len, sum, max…).": (
        "vous avez donné {what} ; cette question attend une seule valeur. Extrayez-en une (par "
        "exemple avec .iloc[0]) ou réduisez-les (len, sum, max…)."
    ),
    "you gave a time span (Timedelta); this question expects {expects}.": (
        "vous avez donné une durée (Timedelta) ; cette question attend {expects}."
    ),
    " Take its .days, or use timeline.days_between.": (
        " Prenez son attribut .days, ou utilisez timeline.days_between."
    ),
    " A time span is not what it asks for: check which quantity the question wants.": (
        " Elle ne demande pas une durée : vérifiez quelle grandeur la question attend."
    ),
    " Write the number itself, without quotes.": " Écrivez le nombre lui-même, sans guillemets.",
    " Write the number itself, without quotes and without the % sign.": (
        " Écrivez le nombre lui-même, sans guillemets et sans le signe %."
    ),
    "you gave {what}, but this question expects a number{unit}.": (
        "vous avez donné {what}, mais cette question attend un nombre{unit}."
    ),
    "your answer is infinite: check for a division by zero.": (
        "votre réponse est infinie : cherchez une division par zéro."
    ),
    "well done.": "bravo.",
    " Hint: {hint}": " Indice : {hint}",
    " and has the wrong sign": " et de signe contraire",
    "it looks like a percentage. This question asks for a fraction: write 0.25 for 25 %, -0.1 for a "
    "10 % fall.": (
        "on dirait un pourcentage. Cette question demande une fraction : écrivez 0.25 pour 25 %, "
        "-0.1 pour une baisse de 10 %."
    ),
    "check the unit asked for{unit}.": "vérifiez l'unité demandée{unit}.",
    "your answer is 100 times too large{wrong_sign}: {what}": (
        "votre réponse est 100 fois trop grande{wrong_sign} : {what}"
    ),
    "it looks like a fraction. This question asks for a percentage: write 25 for 25 %.": (
        "on dirait une fraction. Cette question demande un pourcentage : écrivez 25 pour 25 %."
    ),
    "your answer is 100 times too small{wrong_sign}: {what}": (
        "votre réponse est 100 fois trop petite{wrong_sign} : {what}"
    ),
    "your answer is {times} too large{wrong_sign}: check the unit{unit}. Did you convert to a smaller "
    "unit, or multiply by {once} too many?": (
        "votre réponse est {times} trop grande{wrong_sign} : vérifiez l'unité{unit}. Avez-vous "
        "converti vers une unité plus petite, ou multiplié une fois de trop par {once} ?"
    ),
    "your answer is {times} too small{wrong_sign}: it looks like a count in {many}. Give the plain "
    "number{unit}: write 2.5e9, not 2.5, for 2.5 billion.": (
        "votre réponse est {times} trop petite{wrong_sign} : on dirait un compte en {many}. Donnez "
        "le nombre lui-même{unit} : écrivez 2.5e9, et non 2.5, pour 2,5 milliards."
    ),
    # the factors of a unit slip (check._SCALES)
    "a thousand": "mille",
    "a million": "un million",
    "a billion": "un milliard",
    "a trillion": "mille milliards",
    "thousands": "milliers",
    "millions": "millions",
    "billions": "milliards",
    "trillions": "milliers de milliards",
    "a thousand times": "mille fois",
    "a million times": "un million de fois",
    "a billion times": "un milliard de fois",
    "a trillion times": "mille milliards de fois",
    " of {unit}": " ({unit})",
    "you gave {number}; this question expects a whole number{unit}.": (
        "vous avez donné {number} ; cette question attend un nombre entier{unit}."
    ),
    "the size is right but the sign is not: check which value comes first (after − before, later − "
    "earlier).": (
        "la grandeur est juste, mais pas le signe : vérifiez quelle valeur vient en premier (après − "
        "avant, plus tard − plus tôt)."
    ),
    "close: your answer looks rounded too much. Keep full precision (do not round the result or "
    "intermediate values) and give at least three significant figures.": (
        "presque : votre réponse semble trop arrondie. Gardez toute la précision (n'arrondissez ni le "
        "résultat ni les valeurs intermédiaires) et donnez au moins trois chiffres significatifs."
    ),
    "close, but not right: the method or an input differs from the one asked (which rows, which "
    "stage, which order of the arguments).": (
        "presque, mais pas juste : la méthode ou une donnée d'entrée diffère de celle demandée "
        "(quelles lignes, quelle étape, quel ordre des arguments)."
    ),
    "not the expected value.": "ce n'est pas la valeur attendue.",
    "you gave {what}; this question expects a date, such as '2025-01-27' or a pandas Timestamp.": (
        "vous avez donné {what} ; cette question attend une date, comme '2025-01-27' ou un Timestamp "
        "de pandas."
    ),
    "you gave {what}, which is not a date; write one as '2025-01-27' or take it from the data.": (
        "vous avez donné {what}, qui n'est pas une date ; écrivez-en une sous la forme '2025-01-27' ou "
        "prenez-la dans les données."
    ),
    "not the expected date.": "ce n'est pas la date attendue.",
    "you gave {what}; this question expects one of the words {options} (as a string, in quotes).": (
        "vous avez donné {what} ; cette question attend l'un des mots {options} (sous forme de "
        "chaîne, entre guillemets)."
    ),
    "{answer} is not one of the allowed answers: {options}.": (
        "{answer} ne fait pas partie des réponses permises : {options}."
    ),
    "{answer} is not the expected answer.": "{answer} n'est pas la réponse attendue.",
    "you gave {what}; write True or False, without quotes.": (
        "vous avez donné {what} ; écrivez True ou False, sans guillemets."
    ),
    "you gave {what}; this question expects True or False.": (
        "vous avez donné {what} ; cette question attend True ou False."
    ),
    "not the expected answer.": "ce n'est pas la réponse attendue.",
    # the questions' units (questions.py), shown in the feedback
    "events": "événements",
    "days": "jours",
    "a fraction: -0.1 for a 10 % fall": "une fraction : -0.1 pour une baisse de 10 %",
    "a positive fraction": "une fraction positive",
    "USD": "USD",
    "percent (as the slider shows it)": "pourcentage (tel que le curseur l'affiche)",
    "FLOP": "FLOP",
    "a fraction between 0 and 1": "une fraction entre 0 et 1",
    "a ratio (times)": "un rapport (nombre de fois)",
    "a probability between 0 and 1": "une probabilité entre 0 et 1",
    "nats": "nats",
    "TPP (TOPS × bits)": "TPP (TOPS × bits)",
    "TPP per mm²": "TPP par mm²",
    "TPP": "TPP",
    "a fraction (0.01 for 1 %)": "une fraction (0.01 pour 1 %)",
    "claims": "affirmations",
    "shares": "actions",
    "a positive fraction: 0.1 for a 10 % fall": "une fraction positive : 0.1 pour une baisse de 10 %",
    "GPU-days": "jours-GPU",
    "prices": "prix",
    "mm²": "mm²",
    "percentage points (soft − hard mean accuracy)": (
        "points de pourcentage (exactitude moyenne avec cibles souples − avec étiquettes dures)"
    ),
    "models": "modèles",
    # the questions' hints (questions.py), shown with a wrong answer
    "count the rows whose confidence column equals the text '1' (a string, not the number).": (
        "comptez les lignes dont la colonne confidence vaut le texte '1' (une chaîne, pas le nombre)."
    ),
    "look both events up with timeline.event_date and subtract with timeline.days_between (earlier first).": (
        "cherchez les deux événements avec timeline.event_date et faites la différence avec "
        "timeline.days_between (le plus ancien d'abord)."
    ),
    "timeline.weekday gives the name of the day of any date.": (
        "timeline.weekday donne le nom du jour de n'importe quelle date."
    ),
    "measure the gap from R1's release to the news reports, then grade it with "
    "timeline.timing_verdict(gap, 2, 4).": (
        "mesurez l'écart entre la sortie de R1 et les articles de presse, puis évaluez-le avec "
        "timeline.timing_verdict(gap, 2, 4)."
    ),
    "in the widget, keep only 'Regulation & bans' and set the months to Jan 2025 – Feb 2025; the "
    "count is printed beside the categories.": (
        "dans le widget, ne gardez que la catégorie de la réglementation et des interdictions et réglez "
        "les mois de janv. 2025 à févr. 2025 ; le nombre s'affiche à côté des catégories."
    ),
    "(after − before) / before, with the closes of 6 and 27 January 2025 from prices.": (
        "(après − avant) / avant, avec les clôtures du 6 et du 27 janvier 2025 de la table 'prices'."
    ),
    "market.pct_change(before, after) with the closes of 24 and 27 January 2025, before first.": (
        "market.pct_change(avant, après) avec les clôtures du 24 et du 27 janvier 2025, la valeur "
        "d'avant en premier."
    ),
    "market.recovery_needed takes the size of the loss as a positive fraction: -pct_change(...).": (
        "market.recovery_needed prend l'ampleur de la perte comme une fraction positive : -pct_change(...)."
    ),
    "market_cap(price before, shares) − market_cap(price after, shares), with the share count of the "
    "vendor_figure row, in plain dollars.": (
        "market_cap(cours d'avant, actions) − market_cap(cours d'après, actions), avec le nombre "
        "d'actions de la ligne vendor_figure, en dollars (nombre complet)."
    ),
    "keep the NVDA closes after 27 January that are ≥ the 24 January close, and take the earliest date.": (
        "gardez les clôtures de NVDA postérieures au 27 janvier qui sont ≥ la clôture du 24 janvier, et "
        "prenez la date la plus ancienne."
    ),
    "move the fall slider until the gain needed reads 50.0 %, and give the fall in % as the slider "
    "shows it.": (
        "déplacez le curseur de la baisse jusqu'à ce que le gain nécessaire affiche 50,0 %, et donnez la "
        "baisse en % telle que le curseur l'affiche."
    ),
    "market.pct_change with the S&P 500 levels of 24 and 27 January 2025.": (
        "market.pct_change avec les niveaux du S&P 500 du 24 et du 27 janvier 2025."
    ),
    "6 × active parameters × training tokens, from the v3_pretrain row (costs.training_flops).": (
        "6 × paramètres actifs × jetons d'entraînement, d'après la ligne v3_pretrain (costs.training_flops)."
    ),
    "add the GPU-hours of every DeepSeek-V3 stage, then multiply by the report's assumed price "
    "(costs.rental_cost).": (
        "additionnez les heures-GPU de chaque étape de DeepSeek-V3, puis multipliez par le prix supposé "
        "par le rapport (costs.rental_cost)."
    ),
    "costs.mfu(flops, gpu_hours, peak_flop_per_s): the peak in FLOP per second, the GPU-hours of "
    "pre-training only.": (
        "costs.mfu(flops, gpu_hours, peak_flop_per_s) : le pic en FLOP par seconde, les heures-GPU du "
        "pré-entraînement seulement."
    ),
    "Llama's GPU-hours divided by the GPU-hours of all three DeepSeek-V3 stages.": (
        "les heures-GPU de Llama divisées par les heures-GPU des trois étapes de DeepSeek-V3."
    ),
    "set the calculator's tokens, utilisation (0.40) and GPUs to the v3_pretrain row's tokens and "
    "num_gpus, with the H800 SXM and its BF16 peak, then read the wall-clock line.": (
        "réglez les jetons, le taux d'utilisation (0.40) et les GPU du calculateur sur les valeurs "
        "tokens et num_gpus de la ligne v3_pretrain, avec la H800 SXM et son pic en BF16, puis lisez la "
        "ligne de la durée réelle."
    ),
    "distill.softmax(teacher_logits[0], temperature=1.0), then its largest value.": (
        "distill.softmax(teacher_logits[0], temperature=1.0), puis sa plus grande valeur."
    ),
    "the same, with temperature=4.0.": "la même chose, avec temperature=4.0.",
    "KL(p ‖ q) with p the teacher's and q the student's softened probabilities, in that order.": (
        "KL(p ‖ q) avec p les probabilités adoucies de l'enseignant et q celles de l'élève, dans cet ordre."
    ),
    "distill.distillation_loss(student_logits, teacher_logits, labels, temperature, alpha), student "
    "first, with the chapter's default temperature and alpha.": (
        "distill.distillation_loss(student_logits, teacher_logits, labels, temperature, alpha), l'élève "
        "en premier, avec la température et l'alpha par défaut du chapitre."
    ),
    "the same call with alpha=0: only the hard labels count.": (
        "le même appel avec alpha=0 : seules les étiquettes dures comptent."
    ),
    "set the slider to T = 10.00 and read the entropy it prints (two decimals are enough).": (
        "réglez le curseur sur T = 10.00 et lisez l'entropie qu'il affiche (deux décimales suffisent)."
    ),
    "export_controls.tpp(dense_tops, bit_length) with the MI300X's row of chips: its operations are "
    "16-bit.": (
        "export_controls.tpp(dense_tops, bit_length) avec la ligne de la MI300X dans la table 'chips' : ses "
        "opérations sont sur 16 bits."
    ),
    "the L4's TPP divided by its die_area_mm2 (export_controls.performance_density).": (
        "la TPP de la L4 divisée par son die_area_mm2 (export_controls.performance_density)."
    ),
    "export_controls.classify(tpp, io_gb_s=…, rule='2022-10'): the 2022 rule has two tests.": (
        "export_controls.classify(tpp, io_gb_s=…, rule='2022-10') : la règle de 2022 comporte deux critères."
    ),
    "export_controls.classify(tpp, die_area_mm2=…, rule='2023-10').eccn (None, or 'none', when the "
    "chip is not controlled).": (
        "export_controls.classify(tpp, die_area_mm2=…, rule='2023-10').eccn (None, ou 'none', quand la "
        "puce n'est pas contrôlée)."
    ),
    "export_controls.chip_table(chips) has eccn_2022 and eccn_2023: count the chips that are 'none' "
    "in 2022 and have an ECCN in 2023 ('undetermined' is not an ECCN).": (
        "export_controls.chip_table(chips) a les colonnes eccn_2022 et eccn_2023 : comptez les puces qui "
        "sont 'none' en 2022 et ont un ECCN en 2023 ('undetermined' n'est pas un ECCN)."
    ),
    "with bit length 8, a die of 814 mm², a datacenter design and the 2023 rule, raise the TOPS "
    "until the status changes; the TPP just before is close enough.": (
        "avec une longueur de bits de 8, une puce de 814 mm², une conception pour centre de données et "
        "la règle de 2023, augmentez les TOPS jusqu'à ce que le statut change ; la TPP juste avant est "
        "assez proche."
    ),
    "claims.number_verdict(actual, claimed): actual is V3's headline cost (costs.headline_cost), "
    "claimed the 5.5 million dollars said on air, both in USD.": (
        "claims.number_verdict(actual, claimed) : actual est le coût affiché de V3 "
        "(costs.headline_cost), claimed les 5,5 millions de dollars annoncés à l'antenne, tous deux en "
        "USD."
    ),
    "|actual − claimed| / |claimed|, both in US dollars.": (
        "|actual − claimed| / |claimed|, tous deux en dollars américains."
    ),
    "timeline.timing_verdict(gap, 0, 0, slack_days=0) with the gap from the inauguration to Stargate.": (
        "timeline.timing_verdict(gap, 0, 0, slack_days=0) avec l'écart entre l'investiture et Stargate."
    ),
    "the share of rows of claims.ledger() whose verdict is 'accurate' (a mean of True/False).": (
        "la proportion des lignes de claims.ledger() dont le verdict est 'accurate' (une moyenne de "
        "True/False)."
    ),
    "pick the claim said at 01:56 in the browser and read its verdict.": (
        "choisissez dans le navigateur l'affirmation prononcée à 01:56 et lisez son verdict."
    ),
    "copy prices, set Nvidia's 27 January close to 130.00, run claims.ledger(claims.Data({'prices': "
    "prices})) and count the verdicts that differ from the real ledger's.": (
        "copiez la table 'prices', mettez la clôture de Nvidia du 27 janvier à 130.00, exécutez "
        "claims.ledger(claims.Data({'prices': prices})) et comptez les verdicts qui diffèrent de ceux du "
        "vrai registre."
    ),
    "timeline.days_between(earlier, later) with the two event dates.": (
        "timeline.days_between(la plus ancienne, la plus récente) avec les dates des deux événements."
    ),
    "the same, from r1_release to nvidia_selloff.": "la même chose, de r1_release à nvidia_selloff.",
    "sort the selected events by date and take the first; count from the nvidia_selloff event.": (
        "triez les événements choisis par date et prenez le premier ; comptez à partir de l'événement "
        "nvidia_selloff."
    ),
    "timeline.timing_verdict(gap, 2, 7) with the gap from r1_release to app_store_reported.": (
        "timeline.timing_verdict(gap, 2, 7) avec l'écart de r1_release à app_store_reported."
    ),
    "keep the rows whose date_precision is 'day', then those whose date.dt.day_of_week is 5 or 6.": (
        "gardez les lignes dont date_precision vaut 'day', puis celles dont date.dt.day_of_week vaut 5 ou 6."
    ),
    "market.implied_shares(600e9, close before, close after), in plain shares.": (
        "market.implied_shares(600e9, clôture d'avant, clôture d'après), en nombre d'actions."
    ),
    "Meta's size that morning (market.implied_cap_before with its loss and its move as a fraction) "
    "times the size of Nvidia's fall.": (
        "la taille de Meta ce matin-là (market.implied_cap_before avec sa perte et sa variation en "
        "fraction) multipliée par l'ampleur de la chute de Nvidia."
    ),
    "600e9 divided by the market value on 24 January (close × the press's share count).": (
        "600e9 divisé par la capitalisation boursière du 24 janvier (clôture × nombre d'actions donné "
        "par la presse)."
    ),
    "(1 − w) × market.rest_of_index_move(w, Nvidia's move, the index's move).": (
        "(1 − w) × market.rest_of_index_move(w, variation de Nvidia, variation de l'indice)."
    ),
    "market.pct_change(January count, the count implied by the $4T threshold).": (
        "market.pct_change(nombre de janvier, nombre impliqué par le seuil de 4 000 milliards de dollars)."
    ),
    "compare your sum of costs.rental_cost over the three stages with v3_rows['reported_cost_usd'].sum().": (
        "comparez votre somme de costs.rental_cost sur les trois étapes avec "
        "v3_rows['reported_cost_usd'].sum()."
    ),
    "costs.mfu(flops, pre-training GPU-hours, peak) once with the 'bf16' peak and once with the "
    "'fp8' peak of the H800 SXM.": (
        "costs.mfu(flops, heures-GPU du pré-entraînement, pic) une fois avec le pic 'bf16' et une fois "
        "avec le pic 'fp8' de la H800 SXM."
    ),
    "costs.model_gpu_hours(runs, 'DeepSeek-V3') divided by 24.": (
        "costs.model_gpu_hours(runs, 'DeepSeek-V3') divisé par 24."
    ),
    "break-even = 6e6 / V3's GPU-hours; count the rows of cost_estimates with unit usd_per_gpu_hour "
    "and a larger value.": (
        "prix d'équilibre = 6e6 / heures-GPU de V3 ; comptez les lignes de cost_estimates dont l'unité "
        "est usd_per_gpu_hour et la valeur plus grande."
    ),
    "costs.cost_waterfall with research_multiplier=3, cluster_size=10_000, utilisation=0.7, "
    "staff_multiplier=1.0 and the other inputs of costs.waterfall_inputs, then costs.waterfall_total.": (
        "costs.cost_waterfall avec research_multiplier=3, cluster_size=10_000, utilisation=0.7, "
        "staff_multiplier=1.0 et les autres entrées de costs.waterfall_inputs, puis "
        "costs.waterfall_total."
    ),
    "ec.classify(ec.tpp(362, 8), die_area_mm2=608.5).eccn": (
        "ec.classify(ec.tpp(362, 8), die_area_mm2=608.5).eccn"
    ),
    "ec.classify(tpp, io_gb_s=64, rule='2022-10').controlled": (
        "ec.classify(tpp, io_gb_s=64, rule='2022-10').controlled"
    ),
    "walk the 2023 tiers for an 814 mm² die, or ec.largest_uncontrolled_tpp(814).": (
        "parcourez les catégories de 2023 pour une puce de 814 mm², ou utilisez "
        "ec.largest_uncontrolled_tpp(814)."
    ),
    "the bound minus ec.tpp(296, 8).": "le seuil moins ec.tpp(296, 8).",
    "ec.classify(tpp, die_area_mm2=814, io_gb_s=400, rule='2022-10').controlled": (
        "ec.classify(tpp, die_area_mm2=814, io_gb_s=400, rule='2022-10').controlled"
    ),
    "the same call with rule='2023-10'.": "le même appel avec rule='2023-10'.",
    "10570 divided by ec.tpp(dense_tops, bit_length) of the RTX 4090's row of chips.": (
        "10570 divisé par ec.tpp(dense_tops, bit_length) de la ligne de la RTX 4090 dans la table 'chips'."
    ),
    "density = TPP / area, so the area is the L20's TPP divided by ec.DENSITY_B2.": (
        "densité = TPP / surface, donc la surface est la TPP de la L20 divisée par ec.DENSITY_B2."
    ),
    "−Σ q log q with the natural logarithm, or distill.entropy(distill.softmax(z, 2)).": (
        "−Σ q log q avec le logarithme naturel, ou distill.entropy(distill.softmax(z, 2))."
    ),
    "compare your loss at alpha=0 for T=1 and for T=10 on the same logits.": (
        "comparez votre perte à alpha=0 pour T=1 et pour T=10 sur les mêmes logits."
    ),
    "distill.run_experiment(split, teacher, seeds=range(10, 20), temperature=2.0), summarise it, and "
    "take 100 × (soft mean − hard mean).": (
        "distill.run_experiment(split, teacher, seeds=range(10, 20), temperature=2.0), résumez-le, et "
        "prenez 100 × (moyenne avec cibles souples − moyenne avec étiquettes dures)."
    ),
    "compare each distilled row's gpqa_diamond_pass1_pct with GPT-4o-0513's.": (
        "comparez la valeur gpqa_diamond_pass1_pct de chaque ligne distillée avec celle de GPT-4o-0513."
    ),
    "set Nvidia's 27 January close to the early print (record_losses.csv) in a copy of prices and "
    "call claims.evidence_for('six_hundred_billion', claims.Data({'prices': prices})).": (
        "dans une copie de la table 'prices', mettez la clôture de Nvidia du 27 janvier au cours "
        "publié le plus tôt "
        "(record_losses.csv) et appelez claims.evidence_for('six_hundred_billion', "
        "claims.Data({'prices': prices}))."
    ),
    # --- the instructors' page (tools/syllabus.py) ---
    "{n} minutes": "{n} minutes",
    "chapter": "chapitre",
    "time to read and run": "temps de lecture et d'exécution",
    "assignment": "devoir",
    "estimated time": "durée estimée",
    "points (checked / written)": "points (vérifiés / rédigés)",
    "questions by difficulty": "questions par difficulté",
    "difficulty": "difficulté",
    "what the question asks": "ce que demande la question",
    "★☆☆ routine": "★☆☆ routine",
    "★★☆ multi-step": "★★☆ plusieurs étapes",
    "★★★ judgement": "★★★ jugement",
    "one lookup or one library call, as shown in the chapter": (
        "une recherche ou un appel à la bibliothèque, comme dans le chapitre"
    ),
    "several steps to combine, or the row, method or unit to choose, or a widget to set to a target": (
        "plusieurs étapes à combiner, ou la ligne, la méthode ou l'unité à choisir, ou un widget à "
        "régler sur une cible"
    ),
    "an argument from the data: weigh sources, readings or evidence (the written answers)": (
        "un argument tiré des données : peser sources, lectures ou preuves (les réponses rédigées)"
    ),
    "day": "jour",
    "in class (session of {n} minutes)": "en classe (séance de {n} minutes)",
    "chapter, minutes": "chapitre, minutes",
    "assignment, minutes": "devoir, minutes",
    "of which in class": "dont en classe",
    "at home": "à la maison",
    "discussion question ({n} minutes)": "question de discussion ({n} minutes)",
    "Chapter {n}": "Chapitre {n}",
    "Assignment {n}": "Devoir {n}",
    "take-home": "à la maison",
    "Which date would you print, and why?": "Quelle date imprimeriez-vous, et pourquoi ?",
    'Is "the biggest loss in history" a fair headline?': (
        "« La plus grosse perte de l'histoire » : le titre est-il juste ?"
    ),
    "What does a training cost leave out?": "Que laisse de côté un coût d'entraînement ?",
    "Did the controls fail, or work as written?": (
        "Les contrôles ont-ils échoué, ou fonctionné comme ils étaient écrits ?"
    ),
    'What can "distillation" prove, and what not?': (
        "Que peut prouver la « distillation », et que ne peut-elle pas prouver ?"
    ),
    "Which claim would you correct on air, and how?": (
        "Quelle affirmation corrigeriez-vous à l'antenne, et comment ?"
    ),
    # --- the student edition (tools/student_edition.py) ---
    "Figure {number}": "Figure {number}",
    "**Figure {number}.**": "**Figure {number}.**",
    "{text} (a page of the book)": "{text} (une page du livre)",
    "...  # None can be an answer here, so the cell starts with ...": (
        "...  # None peut être une réponse ici : la cellule commence donc par ..."
    ),
    "# Exercise {number}: {prompt}": "# Exercice {number} : {prompt}",
    "### Exercise {number}": "### Exercice {number}",
    "# immediate feedback on your answers": "# un retour immédiat sur vos réponses",
    "Solution to exercise {number} (click to open)": "Solution de l'exercice {number} (cliquer pour ouvrir)",
    "## Solutions": "## Solutions",
    "Try each exercise before you open its solution: click a title to unfold it.": (
        "Cherchez chaque exercice avant d'ouvrir sa solution : cliquez sur un titre pour la déplier."
    ),
    "# The language of the course's figures, widgets and check()'s feedback.": (
        "# Le cours en français : figures, widgets et retours de check()."
    ),
    "This notebook needs the course library (deepseek_shock) and its data. The course's "
    "repository address was not set when this edition was made: upload the course folder, "
    "then run `pip install -e <folder>`; or ask your instructor (who sets repository.url "
    "in _config.yml and runs `make student`).": (
        "Ce notebook a besoin de la bibliothèque du cours (deepseek_shock) et de ses données. "
        "L'adresse du dépôt du cours n'était pas renseignée quand cette édition a été produite : "
        "téléversez le dossier du cours, puis lancez `pip install -e <dossier>` ; ou demandez à "
        "votre enseignant (qui renseigne repository.url dans _config.yml et lance `make student`)."
    ),
    "# Set-up for Google Colab; it does nothing anywhere else (JupyterLab, Binder, a JupyterHub).": (
        "# Installation pour Google Colab ; ne fait rien ailleurs (JupyterLab, Binder, un JupyterHub)."
    ),
    # --- data.shown: the tables the chapters show (headers, then the words of words columns) ---
    "date": "date",
    "title": "titre",
    "category": "catégorie",
    "confidence": "confiance",
    "source_note": "ce que dit la source",
    "share of all events": "part des événements",
    "reading": "lecture",
    "from_date": "date de départ",
    "to_date": "date d'arrivée",
    "weekday": "jour de la semaine",
    "gap_days": "écart (jours)",
    "as_of": "à la date du",
    "kind": "type",
    "shares_bn": "actions (milliards)",
    "group": "groupe",
    "count": "nombre",
    "series": "série",
    "rank_usd": "rang (en dollars)",
    "company": "entreprise",
    "value_lost_usd_bn": "capitalisation perdue (Md$)",
    "move_pct": "variation (%)",
    "rank_pct": "rang (en %)",
    "implied_cap_before_usd_bn": "capitalisation implicite avant (Md$)",
    "claimed": "annoncé",
    "computed": "calculé",
    "run_id": "identifiant",
    "model": "modèle",
    "gpu_type": "type de GPU",
    "num_gpus": "nombre de GPU",
    "reported_cost_usd": "coût annoncé (USD)",
    "params_active": "paramètres actifs",
    "tokens": "jetons",
    "flops_6nd": "FLOP (6·N·D)",
    "flops_per_token_figure": "FLOP (chiffre par jeton publié)",
    "gpu": "GPU",
    "precision": "précision",
    "dense_tflop_per_s": "TFLOP/s denses",
    "sparse_tflop_per_s": "TFLOP/s avec parcimonie 2:4",
    "mfu_bf16_6nd": "MFU BF16 (6·N·D)",
    "mfu_bf16_per_token": "MFU BF16 (chiffre par jeton)",
    "mfu_fp8_6nd": "MFU FP8 (6·N·D)",
    "quantity": "grandeur estimée",
    "period": "période",
    "estimator": "auteur de l'estimation",
    "wall_clock_hours": "durée (heures)",
    "claim_id": "identifiant",
    "finding": "constat",
    "from": "de",
    "to": "à",
    "total_musd": "total (M$)",
    "change_musd": "écart (M$)",
    "announced": "annoncée le",
    "effective": "en vigueur le",
    "instrument": "instrument",
    "citation": "référence",
    "base_model": "modèle de base",
    "parameters_b": "paramètres (milliards)",
    "aime2024_pass1_pct": "AIME 2024, pass@1 (%)",
    "math500_pass1_pct": "MATH-500, pass@1 (%)",
    "gpqa_diamond_pass1_pct": "GPQA Diamond, pass@1 (%)",
    "livecodebench_pass1_pct": "LiveCodeBench, pass@1 (%)",
    "codeforces_rating": "cote Codeforces",
    "actor": "auteur",
    "statement": "déclaration",
    "evidence_public": "preuves publiques",
    # the events' categories (company: above), the confidence tags (derived: above), the kinds of
    # statement about distillation
    "politics": "politique",
    "markets": "marchés",
    "app": "application",
    "regulation": "réglementation",
    "export_controls": "contrôle des exportations",
    "2+": "2+",
    "1": "1",
    "documented distillation": "distillation documentée",
    "allegation": "accusation",
    "denial": "démenti",
    "terms of use": "conditions d'utilisation",
}
