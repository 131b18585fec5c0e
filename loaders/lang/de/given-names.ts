import {LazySource} from "../../text/lazy-source.js";
import {SortedForms, type SortedWords} from "../../text/sorted-forms.js";

/**
 * Given names (first names) as plain data: German, English, Romance, Dutch and
 * Scandinavian, Slavic (with German and English transliterations), Greek,
 * Hungarian, Baltic, Turkish, Arabic, Persian, Hebrew, African and East Asian
 * names that German news text uses. Space-separated; case as written.
 * A name that is also a common German word (Mark, Ernst, Wolf, …) is listed
 * in `ambiguousGivenNames` too, so it counts only before a surname.
 */
const german = `
Adam Adalbert Adolf Adrian Albert Albrecht Alexander Alfons Alfred Alois Andreas Anselm Anton Armin Arnd Arndt Arne Arno Arnold Arthur Artur
August Axel Balthasar Bastian Benedikt Benjamin Benno Bernd Bernhard Berthold Bertold Björn Bodo Boris Bruno Burkhard Carl Carlo Carsten Christian Christoph Christopher
Claus Clemens Conrad Constantin Cornelius Dagobert Daniel David Denis Dennis Detlef Detlev Dieter Dietmar Dietrich Dirk Dominik Eberhard Eckart Eckhard Eckhart Edgar Eduard Edmund Egon
Ekkehard Elias Emil Emanuel Engelbert Erhard Erich Erik Erwin Eugen Ewald Fabian Felix Ferdinand Florian Franz Friedemann Friedhelm Friedrich Fritz Gabriel Georg Gerald Gerd Gerhard Gerhart Gernot
Gert Gerrit Gottfried Gotthold Gottlieb Gregor Guido Günter Günther Gunter Gunther Gustav Hagen Hannes Hanno Hans Harald Hartmut Hartwig Heiko Heiner Heinrich Heinz Helge Helmut Helmuth Henning Henrik
Herbert Heribert Hermann Horst Hubert Hubertus Hugo Ignaz Ingo Ingolf Jakob Jan Jens Jochen Joachim Johann Johannes Jonas Jonathan Jörg Jörn Josef Joseph Julian Julius Jürgen Justus Kai Karl Karsten
Kaspar Kasimir Klaus Konrad Konstantin Kurt Lars Leonhard Leopold Linus Lorenz Lothar Lucas Ludger Ludwig Lukas Lutz Manfred Marcel Marco Marcus Mario Marius Markus Martin Mathias Matthäus Matthias Max
Maximilian Meinhard Michael Mirko Moritz Nico Niklas Nikolaus Norbert Olaf Oliver Ortwin Oskar Oswald Otfried Otmar Ottmar Otto Pascal Patrick Paul Peer Peter Philipp Rainer Ralf Ralph Reiner Reinhard
Reinhart Reinhold Rolf Roland Rudi Rudolf Rüdiger Rupert Sascha Sebastian Siegfried Sigmar Sigurd Simon Stefan Steffen Stephan Sven Theo Theodor Thilo Thomas Thorsten Tilman Tim Timo Tobias Torsten
Udo Ulf Ulrich Urs Uwe Valentin Viktor Vincent Volker Volkmar Waldemar Walter Walther Werner Wilfried Wilhelm Willi Willy Winfried Wolfgang Wolfram Xaver Yannick Gerold Ansgar Egbert Wendelin
Ada Adele Adelheid Agathe Agnes Alexandra Alice Amalie Andrea Angela Angelika Anita Anja Anke Anna Anne Annegret Annemarie Annette Antje Antonia Ariane Astrid Barbara Beate Beatrix Bettina Bianca Birgit
Brigitte Britta Carina Carla Carmen Carola Caroline Charlotte Christa Christiane Christina Christine Claudia Clara Cornelia Dagmar Daniela Dora Doris Dorothea Dorothee Edith Elfriede Elisabeth Elke Ella
Elli Elsa Else Emma Erika Esther Eva Evelyn Franziska Frauke Frieda Friederike Gabi Gabriele Gerda Gertrud Gesine Gisela Greta Gudrun Hanna Hannah Hannelore Hedwig Heide Heidemarie Heidi Heike Helene
Helga Henriette Hildegard Hilde Ilse Ina Ines Inge Ingeborg Ingrid Irene Iris Irmgard Isabel Isabell Isolde Jana Janina Jasmin Jennifer Jessica Johanna Josefine Judith Julia Juliane Jutta Karin Karla
Katharina Kathrin Katja Katrin Kerstin Klara Kornelia Kristina Lea Lena Leonie Lieselotte Lilli Lina Linda Lisa Lore Lotte Luise Lydia Magdalena Maike Manuela Mareike Margarete Margit Margot Margret Margrit
Maria Marianne Marie Marina Marion Marlene Marta Martha Martina Mathilde Melanie Meike Michaela Miriam Monika Nadine Nadja Natalie Nicole Nina Nora Olga Petra Pia Regina Regine Renate Rita Romy Rosemarie
Ruth Sabine Sabina Sandra Sara Sarah Saskia Silke Silvia Simone Sonja Sophie Stefanie Stephanie Susanne Svenja Sybille Sibylle Tanja Theresa Therese Tina Ulla Ulrike Ursula Ute Valerie Vera Verena Veronika Viola
Waltraud Wiebke Yvonne Zoe Annalena Saskia Malu Ricarda Sahra Frauke Heidrun Wilma Ilka Imke Insa Marieluise Rosa Roswitha Sieglinde Sigrid Sofie Svea Thea Ulrica Hertha Herta Liselotte Elfi Elisa Emilia Mia
`;
const english = `
Aaron Abraham Al Alan Albert Alec Alex Alfred Allan Allen Andrew Andy Anthony Archie Arnold Austin Barack Barry Ben Bernard Bernie Bert Bill Billy Bob Bobby Brad Bradley Brandon Brendan Brian Bruce Bryan
Burt Calvin Cameron Carl Charles Charlie Chris Christopher Chuck Clark Clint Colin Craig Dale Dan Danny Darren Dave Dean Dennis Derek Dick Don Donald Doug Douglas Duncan Dustin Dwight Ed Eddie Edward
Elon Eric Ernest Ethan Evan Frank Fred Freddie Gary Gavin Gene Geoff Geoffrey George Gerry Gordon Graham Grant Greg Gregory Hank Harold Harry Harvey Henry Howard Hugh Ian Isaac Jack Jackie Jake James
Jamie Jared Jason Jay Jeff Jeffrey Jeremy Jerry Jim Jimmy Joe Joey John Johnny Jon Jonathan Josh Joshua Justin Keith Ken Kenneth Kevin Kim Kirk Kurt Kyle Larry Lawrence Lee Len Leonard Leroy Lewis Liam Lindsey
Lloyd Lou Louis Luke Malcolm Marc Mark Marshall Martin Matt Matthew Maurice Mel Michael Mick Mike Mitch Mitt Morgan Nancy Nathan Neil Nick Nicholas Nigel Noah Norman Oliver Oscar Owen Pat Patrick Paul Pete Peter
Phil Philip Ralph Randy Ray Raymond Reed Rex Richard Rick Ricky Rob Robert Robin Rod Rodney Roger Ron Ronald Ronnie Ross Roy Russell Ryan Sam Samuel Scott Sean Seth Shane Sid Simon Stan Stanley Stephen Steve
Steven Stuart Ted Teddy Terry Thomas Tim Timothy Todd Tom Tommy Tony Travis Trevor Tyler Vince Wallace Walt Warren Wayne Wesley Will William Willie Zach Zachary Hunter Tucker Lindsay Rand Newt Kash Tulsi
Abigail Alison Allison Amanda Amber Amy Angela Angie Ann Anne Annie Ashley Audrey Barbara Betty Beverly Brenda Brittany Carol Caroline Carrie Catherine Cathy Cheryl Christine Cindy Claire Courtney Cynthia
Daisy Dana Debbie Deborah Denise Diana Diane Donna Doris Dorothy Elaine Eleanor Elizabeth Ellen Emily Emma Erin Eve Evelyn Fiona Florence Frances Gillian Gloria Grace Hailey Heather Helen Hillary Holly
Jacqueline Jane Janet Janice Jean Jennifer Jenny Jessica Jill Joan Joanna Joanne Jodie Joyce Judy Julie Karen Kate Katherine Kathleen Kathy Katie Kay Kelly Kimberly Kristen Kristi Laura Lauren Linda Lisa Liz
Lois Lorraine Louise Lucy Lynn Madeleine Madeline Maggie Margaret Marilyn Marjorie Martha Mary Megan Melania Melissa Meryl Michelle Molly Nancy Naomi Natalie Nicola Nikki Olivia Pamela Patricia Paula Peggy
Penny Rachel Rebecca Rita Rosalind Rose Ruby Sally Samantha Sandra Sarah Sharon Sheila Shirley Sophia Stacey Stephanie Sue Susan Suzanne Tammy Taylor Teresa Tiffany Tracy Ursula Valerie Vanessa Victoria
Virginia Wendy Whitney Yvonne Kamala Ivanka Kristi Karoline Marjorie Ilhan Alexandria Condoleezza Madeleine Nikki Tulsi Elise Kari Stacey Pam Kelly Usha Lara Tiffany Jared Eric Barron Hope
`;
const romance = `
Alain Alexandre Alphonse André Antoine Arnaud Benoît Bernard Bruno Charles Christophe Claude Damien Didier Dominique Édouard Emmanuel Éric Étienne Fabien Fabrice François Frédéric Gabriel Gaston Georges
Gérard Gilles Guillaume Guy Henri Hervé Hugues Jacques Jean Jérôme Joël Julien Laurent Léon Louis Luc Marcel Marc Mathieu Maurice Michel Nicolas Olivier Pascal Patrice Philippe Pierre Raphaël Rémi
Renaud René Robert Roger Sébastien Serge Stéphane Thierry Valéry Vincent Xavier Yves Ségolène Marine Martine Brigitte Chantal Christine Claire Élisabeth Françoise Isabelle Jacqueline Monique Nathalie
Simone Sylvie Valérie Véronique Anne Cécile Corinne Delphine Florence Hélène Juliette Manon Mathilde Sandrine Solène Agnès Gabriel Édith Marion Jordan
Alberto Alessandro Alessio Andrea Angelo Antonio Carlo Claudio Dario Davide Enrico Enzo Fabio Federico Filippo Francesco Franco Gabriele Giacomo Gianni Giorgio Giovanni Giuseppe Giulio Giuliano Lorenzo
Luca Luciano Luigi Marcello Marco Mario Massimo Matteo Maurizio Mauro Nicola Paolo Pietro Raffaele Riccardo Roberto Romano Salvatore Sergio Silvio Simone Stefano Tommaso Umberto Valerio Vittorio Fiorello Benito
Giorgia Alessandra Anna Chiara Elena Federica Francesca Giulia Laura Lucia Paola Sofia Valentina Silvia Ursula Elly  Pier Gianluca Gennaro Nino Rocco Sandro Ugo
Adolfo Alejandro Alfonso Álvaro Andrés Ángel Antonio Carlos Cristiano César Diego Eduardo Emilio Enrique Esteban Felipe Fernando Francisco Gabriel Gerardo Gonzalo Guillermo Gustavo Héctor Hugo Ignacio
Jaime Javier Jesús Joaquín Jorge José Juan Julio Leonardo Lionel Luis Manuel Marcos Mariano Martín Miguel Nicolás Óscar Pablo Pedro Rafael Ramón Raúl Ricardo Roberto Rodrigo Salvador Santiago Sergio Víctor
Xavi Iker Íñigo Lula Jair Evo Nicolás Hugo Fidel Raúl Ernesto Che Augusto Mauricio Gabriel Javier Gustavo Andrés Alberto Cristina Isabel Juana Lucía María Marta Mercedes Pilar Rosa Teresa Carmen Dolores
Beatriz Gabriela Valeria Daniela Ximena Dilma Claudia Michelle Fernanda Paulo João Joaquim Luís Marcelo Rui Tiago Vítor Sebastião Francisca Inês Ana Marisa António Pedro Nuno Gonçalo Sónia Luiz Inácio
`;
const northern = `
Aad Arjen Bart Bas Dick Dirk Edwin Frans Geert Gerrit Hans Hendrik Henk Jaap Jan Jeroen Johan Joost Kees Klaas Koen Mark Maarten Niels Pieter Rob Ruud Rutger Sjoerd Willem Wim Wopke Frits Ank Femke Dilan
Anders Arne Bengt Bjarne Björn Erik Fredrik Gunnar Göran Håkan Henrik Ingvar Jens Jesper Jonas Jørgen Kjell Knut Lars Leif Magnus Mats Mikael Morten Nils Olof Ola Ole Olav Per Peter Rasmus Stefan Stig
Sven Torbjörn Ulf Espen Jonas Jussi Kimi Mika Sauli Alexander Antti Juha Matti Pekka Petteri Teemu Timo Urho Väinö Sanna Annika Astrid Birgitta Greta Ingrid Karin Kerstin Magdalena Mette Sanna Tarja
Ulla Ulrika Helle Margrethe Sigrid Solveig Liv Siv Erna Jonas Kaja Kaia Kristrún Katrín Halla Bjarni Guðni Ólafur Lene Pia Inger Marit Annie Agnetha Anni Frida
Seán Séamus Niamh Siobhán Aoife Leo Micheál Enda Bertie Eamon Éamon Gerry Ciarán Declan Dermot Fergus Conor Connor Cillian
`;
const slavic = `
Aleksandr Aleksander Aleksandar Alexandr Alexej Alexei Alexey Aleksej Aleksei Aleksey Anatoli Anatolij Anatoly Anatolii Andrej Andrei Andrey Andrij Andriy Andrii Anton Arkadi Arkadij Arkady Arseni Arsenij Arseniy
Bogdan Bohdan Boris Borys Denis Denys Dmitri Dmitrij Dmitry Dmitriy Dimitri Dimitrij Dmytro Evgeni Evgenij Evgeny Jewgeni Jewgenij Yevgeny Yevgeniy Yevgeni Eugen Fjodor Fyodor Fedor Fedir Gennadi Gennadij Gennady
Georgi Georgij Georgy Grigori Grigorij Grigory Hryhorij Hryhoriy Igor Ihor Ilja Ilya Iwan Ivan Jaroslaw Jaroslav Yaroslav Jaroslaw Jegor Yegor Jewgeni Juri Jurij Yuri Yuriy Yury Jurii Kirill Kyrylo Konstantin
Kostjantyn Kostiantyn Leonid Maxim Maksim Maksym Michail Mikhail Mychajlo Mykhailo Mykhaylo Mykola Nikolai Nikolaj Nikolay Oleg Oleh Oleksandr Oleksander Oleksij Oleksii Oleksiy Oleksiy Pawel Pavel Pavlo Paul
Petr Pjotr Pyotr Petro Roman Ruslan Sergej Sergei Sergey Sergij Serhij Serhiy Serhii Stanislaw Stanislav Swjatoslaw Sviatoslav Svyatoslav Taras Timur Valentin Valeri Valerij Valery Valerii Vadim Vadym Wadim
Walentin Waleri Walerij Wassili Wassilij Vasily Vasili Vasyl Wiktor Viktor Vitali Vitalij Vitaly Vitalii Witali Witalij Vitaliy Wjatscheslaw Vyacheslav Wladimir Vladimir Volodymyr Wolodymyr Volodimir Volodímir Wolodimir
Vladislav Wladislaw Wladyslaw Władysław Jaroslaw Jarosław Lech Bronisław Bronislaw Donald Andrzej Aleksander Tadeusz Zbigniew Mateusz Radosław Radoslaw Rafał Rafal Krzysztof Przemysław Przemyslaw Wojciech
Jacek Jerzy Józef Kazimierz Marek Mirosław Piotr Ryszard Stanisław Szymon Tomasz Witold Zdzisław Bogusław Czesław Damian Grzegorz Janusz Karol Leszek Łukasz Maciej Michał Paweł Sławomir Waldemar
Václav Vaclav Miloš Milos Jiří Jiri Petr Tomáš Karel Ladislav Zdeněk Zdenek Miroslav Vladimír Andrej Robert Peter Igor Jozef Ján Milan Rudolf Vojtěch Ondřej Jaromír Bohuslav
Slobodan Zoran Dragan Goran Aleksandar Vojislav Radovan Ratko Milorad Milo Ivica Franjo Zlatko Zoran Nenad Novak Stjepan Tomislav Kolinda Andrej Janez Borut Bojan Dejan Luka Nikola Stevo Hashim Edi Ilir
Anastasia Anastasija Alexandra Aleksandra Alla Alina Anna Antonina Darja Daria Dariya Daryna Galina Halyna Irina Iryna Ирина Jekaterina Ekaterina Yekaterina Katerina Kateryna Jelena Elena Olena Jewgenija Julia
Julija Yulia Yuliya Ljudmila Lyudmila Lyudmyla Ljubow Lyubov Maria Marija Mariya Marina Maryna Natalja Natalia Nataliya Natalya Nadeschda Nadezhda Nadiya Olga Olha Oksana Polina Raissa Raisa Svetlana
Swetlana Switlana Svitlana Sofija Tatjana Tatiana Tatyana Tetiana Tetyana Valentina Walentina Vera Wera Viktoria Wiktoria Viktorija Xenia Ksenia Kseniya Zoja Zoya Ewa Agnieszka Beata Katarzyna Małgorzata
Malgorzata Joanna Dorota Elżbieta Magdalena Monika Renata Urszula Zuzana Jana Věra Petra Dana Milena Lenka Iveta Natasa Nataša Mirjana Jasna Vesna Snežana Dragica Zorica Jadranka Marija Kaja Ljudmyla Ulyana
Julija Jewhen Yevhen Jewhenij Yevheniy Olexandr Oleksandra Wolodymyra Hanna Ganna Ruslana Vitali Wiktor Dmitrij Ramsan Ramzan Sergej Jewgeni Igor Alexander Alexej Nikita Nikolai Artjom Artem Artyom
Kliment Klim Jaroslawa Inna Lilia Lilija Zinaida Ludmila Jelisaweta Yelizaveta Elizaveta Jelisawjeta Mila Galyna Oleksiy Wassyl Wasyl Stepan Semjon Semen Semyon Jakow Yakov Jakiw Pjotr Gleb Lew Lev Lavrenti
`;
const other = `
Georgios Giorgos Konstantinos Kostas Dimitrios Dimitris Nikos Nikolaos Yannis Yiannis Giannis Ioannis Andreas Alexis Antonis Kyriakos Panagiotis Vangelis Evangelos Christos Stavros Theodoros Spyros Spiros
Athanasios Thanasis Michalis Manolis Pavlos Petros Sotiris Vassilis Vasilis Wassilis Katerina Maria Eleni Sofia Dora Aristoteles Sokrates Platon Perikles
Viktor Gábor Gabor Ferenc Zoltán Zoltan László Laszlo István Istvan Sándor Sandor Péter János Janos Attila Imre Tamás Tamas Gyula Lajos Miklós Miklos Katalin Judit Zsuzsanna Erzsébet Ildikó Krisztina
Traian Klaus Victor Ion Ioan Nicolae Gheorghe Vasile Mihai Dan Adrian Călin Calin Dacian Ilie Elena Viorica Maia Igor Rumen Bojko Bojko Boyko Rossen Todor Georgi Kiril Rosen Simeon Jordan Ivaylo
Gitanas Valdas Dalia Ingrida Kersti Kaja Toomas Andrus Arnold Egils Krišjānis Krisjanis Edgars Raimonds Valdis Vaira Artis Evika Jüri Mart Alar Lennart Taavi Juri Vytautas Algirdas Rolandas Ugnė
Ahmet Ahmed Ali Alper Arda Aydın Aydin Bahadır Barış Baris Binali Bülent Bulent Burak Can Cem Cengiz Deniz Devlet Emre Ekrem Erdal  Ercan Ergün Fatih Ferhat Hakan Halil Hasan Hüseyin Huseyin İbrahim
Ibrahim İsmail Ismail Kemal Kenan Levent Mehmet Mesut Mevlüt Mevlut Murat Mustafa Nihat Oğuz Oguz Orhan Osman Özgür Ozgur Recep Sedat Selim Serdar Sinan Süleyman Suleyman Tayyip Tolga Turgut Yusuf Yıldırım
Selahattin  Cem Aylin Ayşe Ayse Elif Emine Fatma Hatice Meral Merve Nesrin Özlem Ozlem Sevim Sibel Tansu Zeynep Canan Derya Gülsen Sevgül Hülya Ebru Aydan Sevim Yasemin Gökhan Ilkay İlkay Nuri Hakan Serdar
Abbas Abd Abdallah Abdel Abdelaziz Abdelfattah Abdul Abdulaziz Abdullah Abdulla Abdullahi Abdulrahman Abed Abu Adel Adnan Ahmad Akram Ala Alaa Amin Amir Amr Anwar Ashraf Ayman Aziz Bandar Bashar Bassam
Bilal Chaled Emad Fadi Fahd Faisal Farouk Faruk Fathi Fawzi Fuad Gamal Ghassan Habib Hafez Haitham Hamad  Hamid Hamza Hani Haniyya Hasan Hashem Hassan Hatem Hisham Hosni Hossam Hussein Ibrahim Ihab
Ismail Issa Jamal Jassim Kamal Karim Khaled Khalid Khalil Laith Mahmoud Mahmud Majid Mansour Marwan Mohamed Mohammad Mohammed Muhammad Mohammad Mohamad Mahmoud Moustafa Mustafa Munir Nabil Naguib Nasser
Nawaf Nizar Omar Osama Othman Qassem Rafik Rafiq Rami Rashid Raschid Riad Riyad Saad Sadiq Saddam Said Saif Salah Saleh Salim Salman Sami Samir  Sultan Tamim Tarek Tarik Tariq Walid Yahya Yasser
Yassir Yusuf Youssef Jussuf Zaid Ziad Zayed Mohammed Hamdan Fayez Hosni Muammar Moammar  Abdelmadschid Abdelmajid Kais Kaies Nouri Nuri Haider Hamid Ismail Jihad  Leila Layla Laila Aisha Aischa
Fatima Hanan Huda Jamila Lina Mariam Maryam Nadia Noor Nour Rania Salma Samira Yasmin Yasmine Zainab Zeinab Amal Dalal Farah Ghada Hala Hind Iman Karima Lamia Malak Rasha Reem Rima Suha Wafa Sawsan Aya
Ali Hassan Hossein Hussein Mahmoud Masoud Massoud Mohsen Mojtaba Morteza Reza Saeed Said Hamid Ebrahim Javad Jawad Mohammad-Javad Abbas Akbar Hashemi Mir Hossein Ruhollah Esmail Ismail Ahmad Shirin Narges
 Asghar Kazem Qasem Ghasem Rouhollah Behrouz Bahman Farhad Dariush Kourosh Parviz Arash Omid Navid Shahram Hamidreza Alireza Mohammadreza Gholam Ashraf Hamed Nasrin Soraya Farah Mahsa Jina Shirin Leyla
Avi Avraham Aharon Amos Ariel Benjamin Benny Binyamin Chaim David Ehud Eli Eliezer Gideon Itamar Jitzchak Jizchak Yitzhak Yitzchak Isaac Jair Yair Moshe Mosche Naftali Reuven Shimon Schimon Shaul Yoav Joav
Yossi Yosef Yigal Zvi Uri Ron Gilad Ilan Bezalel Merav Golda Tzipi Zipi Ayelet Orit Miri Gali Noa Shira Tamar Yael Sara  Isaac Gadi Amichai Itamar Dror Yuval Michal Limor Miriam Nir Ofer Amir
Abiy Ahmed Cyril Jacob Thabo Nelson Desmond Kofi Boutros Muhammadu Goodluck Olusegun Bola Uhuru William Yoweri Paul Paulo Julius Robert Emmerson Kwame Jomo Idi Haile Meles Isaias Salva Omar Félix Felix
Macky Alassane  Laurent Denis Teodoro Jakaya Samia Ellen George Hage Hakainde  Felix Faustin Thomas   Joseph Pierre Bassirou Ousmane Mamadou Moussa Ibrahim Assimi Abdourahamane
Xi Jinping Li Keqiang Qiang Wang Yi Hu Jintao Jiang Zemin Deng Xiaoping Mao Zedong Zhou Enlai Wen Jiabao Han Zheng Ai Weiwei Jack Ma Tsai Ing-wen Lai Ching-te Kim Jong-un Jong-il Il-sung Moon Jae-in Yoon
Suk-yeol Lee Jae-myung Park Geun-hye Shinzo Fumio Yoshihide Shigeru Junichiro Naoto Yukio Taro Akihito Naruhito Hirohito Yoko Sanae Haruki Kenzaburo Takeshi Hayao Narendra Rahul Indira Rajiv Manmohan
Sonia Mahatma Jawaharlal Imran Nawaz Shehbaz Benazir Pervez Asif  Hasina Khaleda Muhammad Aung San Suu Kyi Joko Prabowo Rodrigo Ferdinand Bongbong Anwar Mahathir Najib Lee Hsien Loong Hun Sen
Thaksin Yingluck Prayut Srettha Paetongtarn Somchai Nguyen Ho Chi Minh Tran Vo Pham Kamala  Rishi Sadiq Priti Suella Anneliese Ashraf Hamid    Hibatullah Zalmay Ashraf
Kemi Keir Boris Theresa Liz Gordon Tony Nick Jeremy Dominic Grant Sajid Michael Ed Ed Yvette Rachel Angela Wes Nigel Jacob Jeremy Priti James Humza Nicola Alex Ruth Olaf Annalena Robert Christian
`;


const more = `
Ernst Ernest Ernesto Egon Eike Elmar Emmerich Erasmus Falk Falko Ferdinand Frieder Friedbert Gebhard Gerold Gisbert Godehard Gottlob Hajo Hans-Jürgen Hans-Peter
Hans-Georg Hans-Joachim Hans-Werner Hans-Ulrich Heinz-Peter Helmar Henner Hinrich Holger Immanuel Jobst Jupp Kilian Knut Konstantin Kuno Lambert Leberecht
Lienhard Ludolf Magnus Malte Manuel Medard Merten Nepomuk Nils Notker Olaf Ole Ottokar Ruprecht Raimund Reimar Reinhard Remigius Roderich Rochus Romuald Ruben
Sönke Sigismund Sigmund Silvester Tassilo Thaddäus Thies Till Tillmann Tilo Traugott Ulli Uli Utz Veit Vinzenz Volkhard Wendelin Wenzel Wigand Wilko Wolf-Dieter
Wolfhard Wunibald Zacharias Adelgunde Alwine Amalia Anneliese Annemarie Apollonia Auguste Bärbel Benedikta Berta Bertha Brunhilde Cäcilie Christel Clementine Dörte
Dietlinde Eleonore Elfriede Elvira Emilie Erna Felicitas Friedel Gerlinde Gertraud Gretel Gundula Hannelore Hedda Helma Henrike Hermine Hildegund Irma Irmtraud
Isabella Josepha Karoline Kunigunde Leni Liesel Lotta Lucie Magda Mechthild Melitta Mina Nele Notburga Ottilie Paula Philippa Rosalie Rosemarie Rotraut Senta
Sieglinde Swantje Theda Trude Ulrike Walburga Wilhelmine Wilhelmina Liselotte Ottilie Ilona Carmen Jolanthe
Alfie Ambrose Angus Archibald Arthur Barnaby Basil Bertram Cecil Clarence Clifford Cyril Desmond Edgar Edmund Elliot Elliott Emmett Ernie Felix Floyd Francis Gilbert
Godfrey Harrison Herbert Horace Hubert Humphrey Jasper Jerome Julian Lionel Luther Marvin Melvin Mervyn Milton Montgomery Nathaniel Neville Norbert Oswald Percy
Quentin Randolph Reginald Rupert Sebastian Sheldon Sidney Spencer Sylvester Theodore Tobias Vernon Victor Vincent Wilbur Winston Woody Zachariah Elvis Elton
Agnes Alice Beatrice Bernadette Cecilia Clara Constance Cora Dolores Edith Edna Eloise Esther Ethel Eugenia Evangeline Gertrude Gwendolyn Harriet Hazel Ida Irene
Iris Ivy Josephine Judith Lillian Lydia Mabel Margery Mildred Miriam Muriel Nora Olive Pearl Priscilla Rosemary Ruth Sylvia Thelma Vera Viola Violet Winifred Gayle
Madonna Monica Stefani Uma Sienna Scarlett Natalie Penelope Kirsten Kristin Kristina Jessie Hilary Gwyneth Meg Greta Lana Bette Audrey Marilyn Grace Jodie
Jacopo Pierluigi Pier Gianfranco Gianluigi Giancarlo Piero Pino Renzo Rinaldo Ruggero Ettore Emanuele Ferruccio Fausto Flavio Gino Italo Leone Livio Luciano Ottavio
Adriano Aldo Amedeo Arturo Bartolomeo Benedetto Camillo Cesare Corrado Dante Domenico Edoardo Elio Fabrizio Giorgio Guglielmo Ignazio Lamberto Leopoldo Manlio
Amélie Émile Emile Eugène Gaspard Gustave Honoré Jules Lucien Marcelle Noël Octave Odile Pascale Raoul Régis Thibault Timothée Yann Yannick Adolphe Léa Chloé
Josep Jordi Xavier Joan Pau Facundo Agustín Alfredo Armando Bernardo Camilo Cristóbal Emiliano Ernesto Fermín Horacio Lázaro Leandro Mateo Nicanor Rogelio Tomás
Joris Stijn Thijs Sander Lieven Wouter Frederik Pim Daan Lotte Marieke Sanne Inge Ilse Anouk Eline Fenna Famke
Gunnlaugur Sigurður Jón Einar Halldór Ragnar Sverre Trygve Harald Haakon Snorre Vidar Øystein Torstein Karen Kirsten Marianne Signe Ingeborg
Kyrill Ladislaus Eugeniusz Bolesław Mieczysław Zygmunt Wiesław Henryk Jan Jerzy Tadeusz Přemysl Soběslav Casimir Kasimir
Hiroshi Takashi Kenji Yuki Yukio Kazuo Masahiro Haruto Sakura Keiko Akira Ryu Ryuichi Tetsuya Shinji Kenta Satoshi Naomi Jun
Ömer Omer Osman Mesut Cemile Hayrettin Mehmet Nurettin Kemal Zeki Necmettin Teoman Selçuk
`;
/** A broader list of common given names by language (English, French, Italian, Spanish, Portuguese, Dutch, Scandinavian, Polish, Czech, Balkan, Russian, Turkish, Arabic, Persian, Hebrew, African, Japanese, Indian, German). */
const broad = `
Alistair Alvin Arnie Brett Casey Chad Chester Clay Clyde Cole Curtis Damon Dexter Donnie Duane Earl Eddy Elijah Ellis Frankie Freddy Glenn Herb Jesse Joel Jonah
Kenny Lance Leon  Logan Louie Marty Mickey Miles Morris Murray Ned Noel Norm Ollie Quincy Randall Reggie Riley Rocky Rory Rudy Russ Rusty Sammy Shawn Stevie
Stewart Terence Terrence Tobey Toby Trent Troy Ty Tyrone Vic Vinnie Wade Wally Wyatt Zack Abby Adrienne Aileen Alicia Allie Alma Amelia Angelina Annabel April
Ava Barbra Becky Belinda Bella Beth Bethany Betsy Billie Bonnie Brandy Bridget Britney Brooke Camilla Candice Cara Carly Cassandra Cecily Celia Celine Charlene
Chelsea Cher Chloe Christie Christy Ciara Clare Claudette Colleen Connie Crystal Daphne Darlene Dawn Deb Debra Dee Delia Della Demi Desiree Dianne Dolly Edie
Effie Eileen Eliza Ellie Elsie Erica Estelle Eunice Faith Fanny Faye Felicity Fern Flora Francine Freda Gail Gemma Georgia Geraldine Gina Ginger Gladys Glenda
Gwen Hattie Hayley Helena Henrietta Hilda Imogen Isla Jade Janie Jasmine Jeanette Jeanne Jemima Jenna Jennie Jess Jillian Jo Jocelyn Jodi Josie Joy Juanita Judi
Juliana Julianne Juliet June Justine Kara Kathryn Katy Kayla Keira Kendra Kerry Kirsty Kylie Lacey Laurel Laverne Leah Leigh Leona Leslie Lexi Lila Lilly Lily
Lizzie Lola Loretta Lorna Lottie Louisa Lucille Lucinda Lynda Lynne Mae Maisie Mandy Marcia Margo Marian Maud Maureen Mavis Maxine Melinda Millie Mindy Miranda
Moira Mona Nan Nell Nellie Norma Paige Patsy Patty Pauline Phoebe Phyllis Polly Prudence Rachael Rebekah Renee Rhonda Robyn Rosie Roxanne Sabrina Sadie Selena
Serena Shannon Shelley Sheryl Stella Susie Tamara Tanya Tara Tess Tessa Tonya Tracey Trudy Una Veronica Vicky Vivian Wanda Winnie Yolanda Zoey Adrien Alban
Amaury Anatole Aristide Armand Arsène Aurélien Baptiste Bastien Benoit Bertrand Blaise Cédric Clément Corentin Cyrille Désiré Elie Fernand Firmin Florent Gaël
Gaëtan Gauthier Gérald Ghislain Grégoire Grégory Hector Ismaël Jacky Jean-Claude Jean-Luc Jean-Marie Jean-Paul Jean-Pierre Jérémie Jérémy Killian Kylian Léo
Loïc Ludovic Mathis Maxime Michaël Mickaël Noé Rémy Romain Ronan Sylvain Théo Théophile Thibaut Tristan Yohan Yvan Yvon Adèle Adeline Albane Aline Amandine
Anaïs Annabelle Apolline Aurélie Aurore Bérénice Camille Capucine Carole Céline Clémence Colette Coralie Danielle Éloïse Elodie Émilie Eugénie Fabienne Flavie
Gaëlle Geneviève Ginette Hortense Inès Irène Joséphine Laetitia Laure Laurence Léonie Lise Margaux Marguerite Marielle Maryse Mélanie Micheline Mireille Nadège
Noémie Océane Odette Ophélie Perrine Roselyne Séverine Solange Thérèse Valentine Virginie Zoé Achille Agostino Amadeo Ambrogio Anselmo Arnaldo Attilio
Baldassare Carmine Cosimo Cristian Daniele Donato Elia Eugenio Ezio Felice Ferdinando Fiorenzo Gaetano Giacinto Gian Gianmarco Gianpaolo Gilberto Girolamo Ivano
Lino Lucio Mattia Michele Nazzareno Nicolò Orazio Oreste Osvaldo Pasquale Patrizio Primo Raffaello Remo Rodolfo Rolando Romeo Rosario Sabatino Samuele Saverio
Sebastiano Severino Silvano Silvestro Tiziano Tullio Ubaldo Valentino Vincenzo Virgilio Vito Alessia Angelica Annalisa Antonella Arianna Aurora Benedetta
Carlotta Caterina Concetta Debora Donatella Eleonora Elisabetta Emanuela Fabiola Filomena Fiorella Flavia Gabriella Gaia Giada Gianna Ginevra Giovanna Giuliana
Giuseppina Graziella Ilaria Letizia Lidia Liliana Lorena Loredana Lucrezia Ludovica Luisa Mara Margherita Matilde Michela Mirella Noemi Ornella Patrizia Rachele
Raffaella Roberta Rosalba Rosanna Rossana Silvana Simona Stefania Susanna Tiziana Vittoria Abel Abelardo Adán Aitor Alonso Amador Amancio Aníbal Baltasar
Cayetano Cipriano Clemente Damián Dámaso Darío Domingo Efraín Eloy Elías Eusebio Ezequiel Fabián Faustino Florencio Gaspar Germán Gregorio Hernán Hilario
Humberto Isidro Jacinto Jerónimo Joaquin Josué Julián Leonel Marcelino Matías Maximiliano Nahuel Néstor Octavio Orlando Pascual Patricio Ramiro Raimundo
Reinaldo Renato Rigoberto Rubén Saúl Sebastián Simón Ulises Valentín Vicente Wilfredo Adriana Alba Alejandra Amparo Ángela Araceli Blanca Carolina Catalina
Concepción Consuelo Encarnación Esperanza Estefanía Florencia Graciela Guadalupe Inés Inmaculada Josefina Leticia Lourdes Luz Marcela Mariana Marisol Milagros
Mónica Montserrat Nerea Nieves Noelia Nuria Paloma Raquel Remedios Rocío Sofía Soledad Susana Verónica Afonso Amadeu Caetano Diogo Duarte Edson Fábio Henrique
Hélio Márcio Matheus Murilo Nélson Renan Rogério Romário Ronaldo Sérgio Vinícius Wellington Bram Cees Coen Diederik Floris Gerard Gijs Hein Huub Jelle Jochem
Joep Joop Jurgen Lodewijk Luuk Martijn Menno Michiel Niek Piet Reinout Remco Rik Rinus Roel Sjaak Stef Teun Tijs Twan Wout Aksel Alf Arvid Asbjørn Birger Bo
Börje Dag Eirik Erling Eskil Finn Frode Gösta Hjalmar Ingemar Ivar Jan-Erik Joakim Kalle Karl-Johan Kåre Lasse Ludvig Magne Mikkel Oddvar Olle Pelle Rune
Sten Sune Svein Terje Thor Tor Torbjørn  Ulrik Viggo Anneli Britt Dagny Ebba Elin Embla Emelie Gunhild Gunilla Hedvig Ingela Ingegerd Linnea Lisbeth Maja
Malin Märta Moa Nanna Ragnhild Randi Sigrun Siri Stina Thora Tove Tuva Vibeke Aleksy Antoni Bartłomiej Bartosz Błażej Dariusz Dawid Eryk Filip Fryderyk Ignacy
Jakub Jędrzej Kacper Kamil Krystian Marcin Mariusz Mikołaj Miłosz Nikodem Oliwer Patryk Seweryn Sylwester Szczepan Zenon Agata Alicja Aniela Bożena Danuta Edyta
Ewelina Grażyna Halina Irena Iwona Jadwiga Justyna Kamila Karolina Kinga Klaudia Krystyna Lucyna Marzena Oliwia Patrycja Paulina Sylwia Weronika Wiesława Zofia
Zuzanna Aleš Bohumil Bořek Čestmír Dalibor Hynek Libor Lubomír Lukáš Matěj Mojmír Oldřich Radek Radim Svatopluk Vít Vlastimil Zbyněk Alija Almir Asim Bakir
Branko Darko Davor Dino Dušan Edin Elvir Emir Haris Ivo Mate Mladen Nebojša Ognjen Predrag Rade Sanel Saša Siniša Slaven Srđan Stipe Vedran Zlatan Željko
Zvonimir Biljana Branka Danijela Dragana Gordana Ivana Jasmina Katarina Ljiljana Milica Nada Sanja Slavica Snježana Suzana Violeta Zorana Daniil Filipp
Innokentij Jefim Jemeljan Kusma Makar Matwej Osip Prochor Radion Rodion Rostislaw Saweli Timofej Trofim Wenjamin Wsewolod Anastassija Dina Kira Klawdija Ksenija
Larissa Lidija Margarita Oxana Sinaida Sofja Uljana Warwara Wassilissa Abdulkadir Adem Akif Alparslan Arif Aslan Ayhan Bekir Berkay Burhan Cahit Cemal Cevdet
Coşkun Davut Doğan Emin Engin Enver Erkan Erol Ertuğrul Eyüp Fikret Gürsel Hakkı Haluk Harun Hayri Hikmet Hilmi İhsan İlhan İlker İsmet Kaan Kadir Kerem Kürşat
Mahir Melih Metin Muammer Muharrem Mümtaz Naci Necati Nejat Nevzat Oktay Onur Özcan Özkan Rasim Recai Refik Rıza Sabri Sadık Salih Savaş Serkan Sezer Şükrü
Talat Taner Tarkan Tevfik Tuncay Uğur Ümit Vedat Volkan Yakup Yavuz Yunus Zafer Ayla Aynur Banu Berna Betül Büşra Cansu Damla Demet Dilek Dilara Emel Esra
Feride Filiz Gamze Gizem Gül Gülay Gülşen Hande Havva Hilal İlknur Kübra Melek Melike Nazlı Nermin Nilüfer Nurcan Özge Pınar Seda Selin Serap Sevda Songül
Şebnem Tuba Tülay Ümmühan Yeliz Zehra Zerrin Abdelkader Abdelkrim Abderrahim Abdelhak Abdou Abdulkarim Adham Amine Anas Ayoub Bakr Bashir Brahim Driss Fares
Fouad Ghazi Hakim Hamdi Hicham Houssam Idris Ilyas Imad Issam Jalal Jamil Kamel Lotfi Lahcen Mahdi Mamoun Mehdi Mokhtar Mourad Mounir Mustapha Nadim Naim Nasr
Nasrallah Nassim Noureddine Ousama Rachid Radwan Ramzi Rashad Redouane Ridha Sadek Safwan Sahar Salem Samy Sharif Sufian Taha Tahar Tawfiq Wael Wassim Yacine
Yassin Younes Youssouf Zakaria Zakariya Zine Zinedine Zuhair Abir Afaf Amina Amira Asma Aziza Bouchra Dounia Fadwa Farida Fatiha Ghalia Habiba Hafsa Halima
Hayat Ikram Imane Khadija Latifa Loubna Malika Meriem Mouna Nabila Naima Najat Nawal Rabia Rachida Salima Sanaa Siham Souad Yamina Zahra Zakia Zineb Zoubida
Zohra Afshin Anoush Ardeshir Babak Bahram Behnam Bijan Cyrus Daryush Ehsan Esfandiar Faramarz Farid Fereydoun Hooshang Houshang Iraj Kamran Kaveh Keyvan
Manoutchehr Mehran Mehrdad Nader Payam Peyman Pouya Ramin Shahin Siavash Sohrab Vahid Adi Amnon Asher Boaz Dov Doron Eitan Eyal Ezra Gil Hillel Idan Lior Meir
Menachem Mordechai Nachum Nadav Natan Nimrod Noam Ohad Omri Oren Rafi Ronen Shai Shalom Shlomo Tal Yaakov Yehuda Yisrael Yoni Zeev Abebe Ade Adebayo Afolabi
Akin Amadou Babajide Chidi Chinedu Chukwu Ebo Emeka Gyasi Ikenna Jabari Kelechi Kwabena Kwaku Kwesi Mandla Nnamdi Obinna Oluwaseun Sipho Tendai Themba Thulani
Tunde Uche Yaw Zola Akiko Akio Ayumi Daisuke Eiji Emi Haruka Hideki Hideo Hiroki Hiroko Hisashi Ichiro Junko Kaori Katsuya Kazuki Kazuya Keisuke Kenichi Koji
Kumiko Makoto Mariko Masaru Masato Mayumi Megumi Michiko Minoru Naoki Noriko Osamu Reiko Ryo Ryota Sachiko Seiji Shigeo Shota Shun Sota Tadashi Takahiro Takeo
Takumi Tomoko Toshio Tsuyoshi Yasuo Yoichi Yoshiko Yoshio Yuko Yusuke Yuta Anand Anil Arjun Arun Ashok Deepak Dev Gautam Harish Kiran Krishna Kumar Manoj Mohan
Naveen Nikhil Pradeep Prakash Rajesh Rakesh Ramesh Ravi Sachin Sanjay Shyam Sunil Suresh Vijay Vikram Vinod Amit Anjali Deepa Divya Kavita Lakshmi Meena Neha
Pooja Priya Radha Rekha Sita Sunita Hiltrud Marga Traudl Ursel Uschi Waltraut Birte Maren Gesa Hauke Okke Tjark Jannik Janosch Jannis Joscha Kolja Matz Tjorben
Torben Timm Gotthard Eckehard Ekkehart Burghard Helmfried Siegmund Siegbert Diethelm Dietbert Wigbert
`;
/** Saints' names, Latin forms and pietist names of older German history ("Hieronymus", "Conradus", "Fürchtegott"). */
const historical = `
Hieronymus Ambrosius Cyriakus Blasius Gregorius Jodocus Jodokus Marquard Pankraz Pankratius Servatius Sixtus Burchard Eligius
Emmeram Eustachius Hilarius Jakobus Jacobus Liborius Mauritius Nikodemus Onuphrius Polykarp Wilibald Aegidius Ägidius Korbinian Kolumban Columban
Leodegar Pirmin Methodius Eusebius Hippolyt Irenäus Januarius Kosmas Mamertus Pelagius Stephanus Theodosius Vigilius Georgius Henricus Ludovicus
Wilhelmus Nicolaus Bernardus Conradus Arnoldus Gerardus Fürchtegott Christlieb Crescentia Kreszentia Radegunde Richardis Walpurga Scholastika
`;
/** Names of the broader list that are also words or very short: given names only before a surname. */
const broadAmbiguous = `
ade adi alba alf alma amparo april aurora ava banu bella blanca bo brandy brett chad clay cole consuelo crystal dag dawn deb dee dev dov earl ebo emi esperanza
faith fanny felice fern flora gaia gail gil ginger gül ivo jade jo joy june kamel kiran kumar lance leona les lily luz léo mae mara maxime milagros miles moa
nan ned nieves noam norm noé olle paloma pelle primo rade ravi remedios rik rosario russ rusty ryo sita soledad stella tal tor tuba ty una vic vito vít wade yaw
zoé
lola nada romeo chelsea kerry
`;

/** Every given name in the lexicon, lower-cased. */
export const givenNames: ReadonlySet<string> = new Set(
  [german, english, romance, northern, slavic, other, more, broad, historical].join(" ").split(/\s+/).filter(Boolean).map((n) => n.toLowerCase())
);

/**
 * Given names that are also ordinary German words or capitalised nouns: they
 * count as a given name only when a surname follows.
 */
export const ambiguousGivenNames: ReadonlySet<string> = new Set(
  `mark ernst wolf rose will frank franken rosa fuchs bar ben can dan deniz eli ella else emma fritz
   golda hope jack jordan kim lee li ma mao may mir nina noah nur pia ray reed rex ron rocco roman said sara
   scheich sheikh sultan tim tom udo ulla urs vera victor wang will yi hu han deng park moon kaiser hamas
   mullah ayatollah kais china paris hunter tucker taylor grant march stanley sonia victoria liberty
   per ali amal hamid lena ernst ernest pearl ivy olive hazel grace basil felix august till iris jun yuki mustafa uri august marine oscar mercedes sky rand virginia hertha bart roland salvador
   anders marlin alexandria roman chi abu wen noa douglas nikolaus jordan heide gene ross adel silvester clementine ellen ${broadAmbiguous}`.split(/\s+/).filter(Boolean)
);

const packageNames = new LazySource<SortedWords, SortedForms>(
  "package given names: no source set; call useDictionaries() from loaders/io/dictionaries.ts first",
  SortedForms.of
);

/**
 * Where the package given-name list is read from on first use (loaders/io/given-name-cache.ts sets
 * a package's lists); without a source its first use throws. A new source forgets a list already read.
 */
export function setPackageGivenNameSource(load: () => SortedWords): void {
  packageNames.set(load);
}

/**
 * Given names of a package's lists (lower-cased), kept as one sorted string. The lists hold words of
 * several languages too ("la", "sky", "royal"), so the mention rules count them only before a surname
 * and only where the curated lists above do not know the word.
 */
export function packageGivenNames(): SortedForms {
  return packageNames.get();
}
