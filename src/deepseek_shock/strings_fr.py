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
    # --- style and widgets ---
    # --- timeline ---
    # --- market ---
    # --- costs ---
    # --- export_controls ---
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
    "Temperature (works without Python)": "Température (fonctionne sans Python)",
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
    " and ": " et ",
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
    "yes": "avec preuves publiques",
    "descriptions only": "avec descriptions seulement",
    "none found": "sans preuve trouvée",
    "none": "aucune",
    # what chapter 5's cells print
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
    "Claim (works without Python)": "Affirmation (fonctionne sans Python)",
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
    "{amount} million dollars": "{amount} millions de dollars",
    "{amount} billion dollars": "{amount} milliards de dollars",
    "No. {rank}": "n° {rank}",
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
}
